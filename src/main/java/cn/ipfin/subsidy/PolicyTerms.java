package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * The rules of one policy version that decide eligibility and amount. Rates and shares are decimal fractions
 * (1.5 % is 0.015, 40 % is 0.40). Optional limits are null when the policy sets none; a null {@code baseRate}
 * with {@link SubsidyBase#PRINCIPAL_TIMES_RATE} means the 1-year LPR.
 */
public record PolicyTerms(LocalDate effectiveFrom, LocalDate effectiveTo, PolicyStatus status,
        RateCapKind rateCapKind, BigDecimal rateCapMultiple, BigDecimal rateCapSpread, boolean techSmeRequired,
        Integer maxTermMonths, Money maxLoanAmount, SubsidyBase base, BigDecimal baseRate, BigDecimal share,
        BigDecimal guaranteedShare, Money annualCap) {
}
