package cn.ipfin.credit;

import java.util.Objects;
import java.util.Set;

import cn.ipfin.core.money.Money;

/**
 * Figures and declarations of one enterprise for the tech-SME evaluation, with amounts in yuan for the last
 * financial year.
 *
 * @param employees            headcount (职工总数)
 * @param techStaff            staff in R&amp;D and related technical work (科技人员数), at most {@code employees}
 * @param salesRevenue         sales revenue (销售收入)
 * @param totalCostAndExpense  total cost and expense (成本费用支出总额), which includes the R&amp;D expense
 * @param rdExpense            R&amp;D expense (研究开发费用总额)
 * @param totalAssets          total assets (资产总额)
 * @param classOneIpCount      class-I IP items: invention patents, plant varieties, new drugs, IC layouts…
 * @param classTwoIpCount      class-II IP items: utility models, designs, software copyrights…
 * @param directQualifications declared direct qualifications, possibly none
 * @param mainlandResident     declared resident enterprise registered in mainland China
 * @param permittedIndustry    declared that its products and services are in no prohibited, restricted or
 *                             phase-out category
 * @param noSeriousViolations  declared free of serious safety, quality, environmental or research-integrity
 *                             violations and absent from the abnormal-operation and serious-violation lists
 */
public record TechSmeAssessmentInput(int employees, int techStaff, Money salesRevenue, Money totalCostAndExpense,
        Money rdExpense, Money totalAssets, int classOneIpCount, int classTwoIpCount,
        Set<DirectQualification> directQualifications, boolean mainlandResident, boolean permittedIndustry,
        boolean noSeriousViolations) {

    public TechSmeAssessmentInput {
        Objects.requireNonNull(salesRevenue, "salesRevenue must not be null");
        Objects.requireNonNull(totalCostAndExpense, "totalCostAndExpense must not be null");
        Objects.requireNonNull(rdExpense, "rdExpense must not be null");
        Objects.requireNonNull(totalAssets, "totalAssets must not be null");
        directQualifications = DirectQualification.sortedCopy(directQualifications);
    }

    /** Starts an input with zero figures, no IP, no direct qualification and all declarations true. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder whose unset figures are zero and whose unset declarations are true. */
    public static final class Builder {
        private int employees;
        private int techStaff;
        private Money salesRevenue = Money.ZERO;
        private Money totalCostAndExpense = Money.ZERO;
        private Money rdExpense = Money.ZERO;
        private Money totalAssets = Money.ZERO;
        private int classOneIpCount;
        private int classTwoIpCount;
        private Set<DirectQualification> directQualifications = Set.of();
        private boolean mainlandResident = true;
        private boolean permittedIndustry = true;
        private boolean noSeriousViolations = true;

        private Builder() {
        }

        public Builder employees(int value) {
            employees = value;
            return this;
        }

        public Builder techStaff(int value) {
            techStaff = value;
            return this;
        }

        public Builder salesRevenue(Money value) {
            salesRevenue = value;
            return this;
        }

        public Builder totalCostAndExpense(Money value) {
            totalCostAndExpense = value;
            return this;
        }

        public Builder rdExpense(Money value) {
            rdExpense = value;
            return this;
        }

        public Builder totalAssets(Money value) {
            totalAssets = value;
            return this;
        }

        public Builder classOneIpCount(int value) {
            classOneIpCount = value;
            return this;
        }

        public Builder classTwoIpCount(int value) {
            classTwoIpCount = value;
            return this;
        }

        public Builder directQualifications(Set<DirectQualification> value) {
            directQualifications = value;
            return this;
        }

        public Builder mainlandResident(boolean value) {
            mainlandResident = value;
            return this;
        }

        public Builder permittedIndustry(boolean value) {
            permittedIndustry = value;
            return this;
        }

        public Builder noSeriousViolations(boolean value) {
            noSeriousViolations = value;
            return this;
        }

        public TechSmeAssessmentInput build() {
            return new TechSmeAssessmentInput(employees, techStaff, salesRevenue, totalCostAndExpense, rdExpense,
                    totalAssets, classOneIpCount, classTwoIpCount, directQualifications, mainlandResident,
                    permittedIndustry, noSeriousViolations);
        }
    }
}
