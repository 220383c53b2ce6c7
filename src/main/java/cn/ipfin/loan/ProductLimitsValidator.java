package cn.ipfin.loan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Checks the maker's approved amount and rate, and the applied term, against the ranges of the product the
 * application names. Every bound is inclusive and every problem is reported on its own field.
 */
final class ProductLimitsValidator {

    private ProductLimitsValidator() {
    }

    static List<Violation> violations(ProductLimits limits, Money amount, BigDecimal rate, int termMonths) {
        List<Violation> violations = new ArrayList<>();
        if (amount.compareTo(limits.minAmount()) < 0 || amount.compareTo(limits.maxAmount()) > 0) {
            violations.add(new Violation("approvedAmount", "loan.product.amountOutOfRange", amount,
                    limits.productName(), limits.minAmount(), limits.maxAmount()));
        }
        if (rate.compareTo(limits.minRate()) < 0 || rate.compareTo(limits.maxRate()) > 0) {
            violations.add(new Violation("approvedRate", "loan.product.rateOutOfRange", percent(rate),
                    limits.productName(), limits.pricedOn().toString(), percent(limits.loanPrimeRate()),
                    percent(limits.minRate()), percent(limits.maxRate())));
        }
        if (termMonths < limits.minTermMonths() || termMonths > limits.maxTermMonths()) {
            violations.add(new Violation("termMonths", "loan.product.termOutOfRange", termMonths,
                    limits.productName(), limits.minTermMonths(), limits.maxTermMonths()));
        }
        return violations;
    }

    /** Writes a decimal fraction as a percentage without trailing zeros, 0.0425 as 4.25%. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
