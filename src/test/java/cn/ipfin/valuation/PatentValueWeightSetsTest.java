package cn.ipfin.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipfin.support.IntegrationTest;

class PatentValueWeightSetsTest extends IntegrationTest {

    @Autowired
    private PatentValueWeightSets weightSets;

    @Test
    void seededVersionOneMatchesDocumentedWeights() {
        PatentValueWeights stored = weightSets.version(1);

        stored.validate();
        assertThat(stored.version()).isEqualTo(1);
        PatentValueWeights documented = PatentValueFixtures.versionOne();
        for (ValueDegree degree : ValueDegree.values()) {
            assertThat(stored.weightOf(degree)).as(degree.name()).isEqualByComparingTo(documented.weightOf(degree));
        }
        for (ValueIndicator indicator : ValueIndicator.values()) {
            assertThat(stored.weightOf(indicator)).as(indicator.name())
                    .isEqualByComparingTo(documented.weightOf(indicator));
        }
    }
}
