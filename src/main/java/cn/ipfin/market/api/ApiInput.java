package cn.ipfin.market.api;

import java.math.BigDecimal;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;

/** Turns request amounts into money; an amount with more than two decimal places is a field error. */
final class ApiInput {

    private ApiInput() {
    }

    static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw InvalidInputException.of(field, "market.money.invalid");
        }
        return Money.of(amount);
    }

    static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "market.version.missing");
        }
        return version;
    }

    static String text(Money money) {
        return money == null ? null : money.toString();
    }
}
