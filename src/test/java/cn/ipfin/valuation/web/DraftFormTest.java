package cn.ipfin.valuation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.valuation.DraftInput;
import cn.ipfin.valuation.ValuationApproach;
import org.junit.jupiter.api.Test;

class DraftFormTest {

    @Test
    void incomeAloneWeighsOne() {
        DraftInput input = incomeForm().toInput();

        assertThat(input.cost()).isNull();
        assertThat(input.comparables()).isEmpty();
        assertThat(input.weights()).containsOnlyKeys(ValuationApproach.INCOME);
        assertThat(input.weights().get(ValuationApproach.INCOME)).isEqualByComparingTo("1");
    }

    @Test
    void costAndMarketComeWithTheirWeights() {
        DraftForm form = incomeForm();
        form.setReplacementCost("900000");
        form.setRemainingLifeYears("8");
        form.setElapsedLifeYears("2");
        form.setFunctionalObsolescence("0.05");
        form.setEconomicObsolescence("0");
        form.setComparables("某传感器专利转让,850000,1.02,0.95,1.0,1.0\n某检测专利许可，780000，1.0，1.0，0.9，1.1");
        form.setWeightIncome("0.5");
        form.setWeightCost("0.2");
        form.setWeightMarket("0.3");

        DraftInput input = form.toInput();

        assertThat(input.cost().replacementCost()).isEqualByComparingTo("900000");
        assertThat(input.comparables()).extracting(DraftInput.Comparable::description)
                .containsExactly("某传感器专利转让", "某检测专利许可");
        assertThat(input.comparables().get(1).price()).isEqualByComparingTo("780000");
        assertThat(input.weights().get(ValuationApproach.COST)).isEqualByComparingTo("0.2");
        assertThat(input.weights().get(ValuationApproach.MARKET)).isEqualByComparingTo("0.3");
    }

    @Test
    void malformedComparableAndMissingWeightAreFieldErrors() {
        DraftForm form = incomeForm();
        form.setComparables("只有说明和价格,850000");

        assertThatThrownBy(form::toInput).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
                        .contains("comparables"));

        form.setComparables("某传感器专利转让,850000,1.02,0.95,1.0,1.0");
        assertThatThrownBy(form::toInput).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
                        .containsExactlyInAnyOrder("weights.INCOME", "weights.MARKET"));
    }

    private static DraftForm incomeForm() {
        DraftForm form = DraftForm.defaults(List.of(1L));
        form.setRevenues("10000000, 10000000, 10000000");
        form.setRoyaltyRate("0.03");
        form.setDiscountRate("0.16");
        form.setIncomeSource("企业提供的收入预测");
        return form;
    }
}
