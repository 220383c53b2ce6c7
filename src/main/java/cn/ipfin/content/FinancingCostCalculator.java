package cn.ipfin.content;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.ipfin.core.money.Money;

/**
 * Works out what a loan costs the enterprise under one financing model (融资成本测算).
 *
 * <p>The loan is taken as interest-only with the principal repaid at maturity, so every charge that runs per
 * year is principal × annual rate × months / 12: the interest, the guarantee fee and the insurance premium. The
 * valuation fee is paid once. The interest subsidy is the subsidised share of the interest, paid only when the
 * loan rate is at most the subsidy's rate ceiling (no ceiling: always), and at most the annual cap × months / 12.
 * The total cost is interest + guarantee fee + premium + valuation fee − subsidy, and the annual cost rate is
 * total cost × 12 / (principal × months), a simple rate that ignores when each charge is paid.
 *
 * <p>Every amount is rounded to fen (0.01 yuan) half-up once, after its own multiplication; the total adds the
 * rounded parts. The annual cost rate is a decimal fraction rounded half-up to four places (0.0290 is 2.90 %).
 */
public final class FinancingCostCalculator {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    /**
     * The terms of one loan under one model. Rates and the subsidy share are decimal fractions (0.04 is 4 %);
     * {@code subsidyRateCeiling} is an annual rate or null for none.
     */
    public record Inputs(Money principal, int termMonths, BigDecimal annualRate, BigDecimal guaranteeFeeRate,
            BigDecimal insuranceRate, Money valuationFee, BigDecimal subsidyShare, BigDecimal subsidyRateCeiling,
            Money subsidyAnnualCap) {
    }

    /** The cost to the enterprise, part by part. */
    public record Cost(Money interest, Money guaranteeFee, Money insurancePremium, Money valuationFee, Money subsidy,
            Money total, BigDecimal annualCostRate) {
    }

    /**
     * Returns the cost of the loan.
     *
     * @throws IllegalArgumentException when the principal or the term is not positive or a rate is negative
     */
    public Cost cost(Inputs inputs) {
        if (!inputs.principal().isPositive() || inputs.termMonths() <= 0) {
            throw new IllegalArgumentException("Principal and term must be positive: " + inputs.principal() + ", "
                    + inputs.termMonths() + " months");
        }
        if (inputs.annualRate().signum() < 0 || inputs.guaranteeFeeRate().signum() < 0
                || inputs.insuranceRate().signum() < 0 || inputs.subsidyShare().signum() < 0) {
            throw new IllegalArgumentException("Rates must not be negative: " + inputs);
        }
        Money interest = perYear(inputs.principal(), inputs.annualRate(), inputs.termMonths());
        Money guaranteeFee = perYear(inputs.principal(), inputs.guaranteeFeeRate(), inputs.termMonths());
        Money premium = perYear(inputs.principal(), inputs.insuranceRate(), inputs.termMonths());
        Money subsidy = subsidy(inputs, interest);

        Money total = interest.plus(guaranteeFee).plus(premium).plus(inputs.valuationFee()).minus(subsidy);
        BigDecimal annualRate = total.amount().multiply(MONTHS_PER_YEAR)
                .divide(inputs.principal().amount().multiply(BigDecimal.valueOf(inputs.termMonths())), 4,
                        RoundingMode.HALF_UP);
        return new Cost(interest, guaranteeFee, premium, inputs.valuationFee(), subsidy, total, annualRate);
    }

    private static Money subsidy(Inputs inputs, Money interest) {
        boolean eligible = inputs.subsidyRateCeiling() == null
                || inputs.annualRate().compareTo(inputs.subsidyRateCeiling()) <= 0;
        if (!eligible) {
            return Money.ZERO;
        }
        Money share = interest.times(inputs.subsidyShare(), RoundingMode.HALF_UP);
        Money cap = perYear(inputs.subsidyAnnualCap(), BigDecimal.ONE, inputs.termMonths());
        return share.compareTo(cap) <= 0 ? share : cap;
    }

    private static Money perYear(Money principal, BigDecimal annualRate, int termMonths) {
        BigDecimal raw = principal.amount().multiply(annualRate).multiply(BigDecimal.valueOf(termMonths))
                .divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP);
        return Money.of(raw);
    }
}
