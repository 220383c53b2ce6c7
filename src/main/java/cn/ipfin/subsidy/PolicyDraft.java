package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/**
 * The content of a new version of an editable policy, with the reason for the change. Fields mean the same as in
 * {@link PolicyTerms}.
 */
public record PolicyDraft(String name, String region, String description, LocalDate effectiveFrom,
        LocalDate effectiveTo, RateCapKind rateCapKind, BigDecimal rateCapMultiple, BigDecimal rateCapSpread,
        Boolean techSmeRequired, Integer maxTermMonths, Money maxLoanAmount, SubsidyBase base, BigDecimal baseRate,
        BigDecimal share, BigDecimal guaranteedShare, Money annualCap, PolicyStatus status, String changeNote) {
}
