package cn.ipfin.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import cn.ipfin.content.FinancingCostCalculator.Cost;
import cn.ipfin.content.FinancingCostCalculator.Inputs;
import cn.ipfin.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Golden values worked out by hand. Example of the first row: 1,000,000 × 4 % × 12 / 12 = 40,000 interest; the
 * rate 4 % is within 1.4 × 3 % = 4.2 %, so 40 % of it, 16,000, is subsidised; 40,000 + 5,000 − 16,000 = 29,000,
 * which is 2.90 % a year of the principal.
 */
class FinancingCostCalculatorTest {

    private final FinancingCostCalculator calculator = new FinancingCostCalculator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                         | principal    | months | rate   | guarantee | insurance | valuation | share | ceiling | annual cap | interest   | guarantee fee | premium  | subsidy   | total      | annual rate
            direct pledge, subsidised      | 1000000.00   | 12     | 0.04   | 0         | 0         | 5000.00   | 0.4   | 0.042   | 500000.00  | 40000.00   | 0.00          | 0.00     | 16000.00  | 29000.00   | 0.0290
            tech guarantor, two years      | 1000000.00   | 24     | 0.038  | 0.01      | 0         | 5000.00   | 0.4   | 0.042   | 500000.00  | 76000.00   | 20000.00      | 0.00     | 30400.00  | 70600.00   | 0.0353
            insured, rate above ceiling    | 1000000.00   | 12     | 0.045  | 0         | 0.012     | 4000.00   | 0.4   | 0.042   | 500000.00  | 45000.00   | 0.00          | 12000.00 | 0.00      | 61000.00   | 0.0610
            rate equal to ceiling          | 1000000.00   | 12     | 0.042  | 0         | 0         | 0.00      | 0.4   | 0.042   | 500000.00  | 42000.00   | 0.00          | 0.00     | 16800.00  | 25200.00   | 0.0252
            cap for half a year binds      | 10000000.00  | 6      | 0.04   | 0         | 0         | 0.00      | 0.4   | 0.042   | 100000.00  | 200000.00  | 0.00          | 0.00     | 50000.00  | 150000.00  | 0.0300
            no ceiling                     | 200000.00    | 12     | 0.05   | 0         | 0         | 3000.00   | 0.5   | -       | 500000.00  | 10000.00   | 0.00          | 0.00     | 5000.00   | 8000.00    | 0.0400
            rounding half up per part      | 333333.33    | 7      | 0.0365 | 0.005     | 0         | 0.00      | 0     | -       | 0.00       | 7097.22    | 972.22        | 0.00     | 0.00      | 8069.44    | 0.0415
            eighteen months, broken year   | 500000.00    | 18     | 0.0365 | 0         | 0         | 0.00      | 0     | -       | 0.00       | 27375.00   | 0.00          | 0.00     | 0.00      | 27375.00   | 0.0365
            """)
    void matchesHandWorkedValues(String name, String principal, int months, String rate, String guarantee,
            String insurance, String valuation, String share, String ceiling, String cap, String interest,
            String guaranteeFee, String premium, String subsidy, String total, String annualRate) {
        Cost cost = calculator.cost(new Inputs(Money.of(principal), months, new BigDecimal(rate),
                new BigDecimal(guarantee), new BigDecimal(insurance), Money.of(valuation), new BigDecimal(share),
                ceiling == null ? null : new BigDecimal(ceiling), Money.of(cap)));

        assertThat(cost.interest()).isEqualTo(Money.of(interest));
        assertThat(cost.guaranteeFee()).isEqualTo(Money.of(guaranteeFee));
        assertThat(cost.insurancePremium()).isEqualTo(Money.of(premium));
        assertThat(cost.valuationFee()).isEqualTo(Money.of(valuation));
        assertThat(cost.subsidy()).isEqualTo(Money.of(subsidy));
        assertThat(cost.total()).isEqualTo(Money.of(total));
        assertThat(cost.annualCostRate()).isEqualByComparingTo(annualRate);
    }

    @Test
    void rejectsZeroPrincipalAndTerm() {
        assertThatThrownBy(() -> calculator.cost(inputs("0.00", 12, "0.04")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.cost(inputs("1000.00", 0, "0.04")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeRate() {
        assertThatThrownBy(() -> calculator.cost(inputs("1000.00", 12, "-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Inputs inputs(String principal, int months, String rate) {
        return new Inputs(Money.of(principal), months, new BigDecimal(rate), BigDecimal.ZERO, BigDecimal.ZERO,
                Money.ZERO, BigDecimal.ZERO, null, Money.ZERO);
    }
}
