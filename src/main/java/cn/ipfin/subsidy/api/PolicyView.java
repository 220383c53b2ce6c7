package cn.ipfin.subsidy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.subsidy.SubsidyPolicy;

/** One policy version as the API shows it; rates and shares are decimal fractions, amounts yuan strings. */
record PolicyView(Long id, String code, int versionNumber, long version, String name, String region,
        String description, LocalDate effectiveFrom, LocalDate effectiveTo, String rateCapKind,
        BigDecimal rateCapMultiple, BigDecimal rateCapSpread, boolean techSmeRequired, Integer maxTermMonths,
        String maxLoanAmount, String base, BigDecimal baseRate, BigDecimal share, BigDecimal guaranteedShare,
        String annualCap, String status, boolean editable, String changeNote, String createdBy, Instant createdAt) {

    static PolicyView of(SubsidyPolicy policy) {
        return new PolicyView(policy.getId(), policy.getCode(), policy.getVersionNumber(), policy.getVersion(),
                policy.getName(), policy.getRegion(), policy.getDescription(), policy.getEffectiveFrom(),
                policy.getEffectiveTo(), policy.getRateCapKind().name(), policy.getRateCapMultiple(),
                policy.getRateCapSpread(), policy.isTechSmeRequired(), policy.getMaxTermMonths(),
                text(policy.getMaxLoanAmount()), policy.getBase().name(), policy.getBaseRate(), policy.getShare(),
                policy.getGuaranteedShare(), text(policy.getAnnualCap()), policy.getStatus().name(),
                policy.isEditable(), policy.getChangeNote(), policy.getCreatedBy(), policy.getCreatedAt());
    }

    private static String text(Money money) {
        return money == null ? null : money.toString();
    }
}
