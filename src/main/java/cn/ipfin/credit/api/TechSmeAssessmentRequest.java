package cn.ipfin.credit.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.ipfin.core.money.Money;
import cn.ipfin.credit.DirectQualification;
import cn.ipfin.credit.TechSmeAssessmentInput;

/**
 * Request body of a tech-SME assessment preview, with amounts in yuan and at most two decimal places.
 * Missing IP counts mean 0, missing direct qualifications mean none, and missing declarations mean true.
 *
 * <p>Counts are {@link BigDecimal} so that a fraction such as {@code 100.5} fails validation: Jackson's
 * default float-to-int coercion would otherwise truncate it to {@code 100}.
 */
@TechStaffWithinEmployees
public record TechSmeAssessmentRequest(
        @NotNull(message = "{credit.techSme.employees.required}")
        @PositiveOrZero(message = "{credit.techSme.employees.invalid}")
        @Digits(integer = 9, fraction = 0, message = "{credit.techSme.employees.invalid}")
        @Schema(type = "integer", format = "int32")
        BigDecimal employees,

        @NotNull(message = "{credit.techSme.techStaff.required}")
        @PositiveOrZero(message = "{credit.techSme.techStaff.invalid}")
        @Digits(integer = 9, fraction = 0, message = "{credit.techSme.techStaff.invalid}")
        @Schema(type = "integer", format = "int32")
        BigDecimal techStaff,

        @NotNull(message = "{credit.techSme.salesRevenue.required}")
        @PositiveOrZero(message = "{credit.techSme.salesRevenue.invalid}")
        @Digits(integer = 15, fraction = 2, message = "{credit.techSme.salesRevenue.invalid}")
        BigDecimal salesRevenue,

        @NotNull(message = "{credit.techSme.totalCostAndExpense.required}")
        @PositiveOrZero(message = "{credit.techSme.totalCostAndExpense.invalid}")
        @Digits(integer = 15, fraction = 2, message = "{credit.techSme.totalCostAndExpense.invalid}")
        BigDecimal totalCostAndExpense,

        @NotNull(message = "{credit.techSme.rdExpense.required}")
        @PositiveOrZero(message = "{credit.techSme.rdExpense.invalid}")
        @Digits(integer = 15, fraction = 2, message = "{credit.techSme.rdExpense.invalid}")
        BigDecimal rdExpense,

        @NotNull(message = "{credit.techSme.totalAssets.required}")
        @PositiveOrZero(message = "{credit.techSme.totalAssets.invalid}")
        @Digits(integer = 15, fraction = 2, message = "{credit.techSme.totalAssets.invalid}")
        BigDecimal totalAssets,

        @PositiveOrZero(message = "{credit.techSme.classOneIpCount.invalid}")
        @Digits(integer = 9, fraction = 0, message = "{credit.techSme.classOneIpCount.invalid}")
        @Schema(type = "integer", format = "int32")
        BigDecimal classOneIpCount,

        @PositiveOrZero(message = "{credit.techSme.classTwoIpCount.invalid}")
        @Digits(integer = 9, fraction = 0, message = "{credit.techSme.classTwoIpCount.invalid}")
        @Schema(type = "integer", format = "int32")
        BigDecimal classTwoIpCount,

        List<DirectQualification> directQualifications,
        Boolean mainlandResident,
        Boolean permittedIndustry,
        Boolean noSeriousViolations) {

    /** Converts a request that passed Bean Validation into calculator input. */
    public TechSmeAssessmentInput toInput() {
        return TechSmeAssessmentInput.builder()
                .employees(employees.intValueExact())
                .techStaff(techStaff.intValueExact())
                .salesRevenue(Money.of(salesRevenue))
                .totalCostAndExpense(Money.of(totalCostAndExpense))
                .rdExpense(Money.of(rdExpense))
                .totalAssets(Money.of(totalAssets))
                .classOneIpCount(countOrZero(classOneIpCount))
                .classTwoIpCount(countOrZero(classTwoIpCount))
                .directQualifications(declaredQualifications())
                .mainlandResident(!Boolean.FALSE.equals(mainlandResident))
                .permittedIndustry(!Boolean.FALSE.equals(permittedIndustry))
                .noSeriousViolations(!Boolean.FALSE.equals(noSeriousViolations))
                .build();
    }

    private static int countOrZero(BigDecimal count) {
        return count == null ? 0 : count.intValueExact();
    }

    private Set<DirectQualification> declaredQualifications() {
        if (directQualifications == null) {
            return Set.of();
        }
        return directQualifications.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
