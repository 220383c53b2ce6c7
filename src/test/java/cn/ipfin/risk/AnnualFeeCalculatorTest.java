package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnnualFeeCalculatorTest {

    private final AnnualFeeCalculator calculator = new AnnualFeeCalculator(AnnualFeeTable.defaults());

    @ParameterizedTest(name = "filed {0}, fee year {1} due {2}")
    @CsvSource({
            "2016-02-29, 2, 2017-02-28",
            "2016-02-29, 3, 2018-02-28",
            "2016-02-29, 5, 2020-02-29",
            "2016-02-29, 9, 2024-02-29",
            "2020-02-28, 5, 2024-02-28",
            "2019-03-01, 2, 2020-03-01",
            "2015-03-10, 9, 2023-03-10",
            "2003-10-01, 20, 2022-10-01"})
    void dueDateIsFilingAnniversary(LocalDate filed, int feeYear, LocalDate due) {
        assertThat(calculator.dueDate(filed, feeYear)).isEqualTo(due);
    }

    @ParameterizedTest(name = "due {0}, window ends {1}")
    @CsvSource({
            "2017-02-28, 2017-08-28",
            "2023-03-10, 2023-09-10",
            "2019-08-31, 2020-02-29",
            "2018-08-31, 2019-02-28",
            "2024-02-29, 2024-08-29"})
    void lateWindowEndsSixMonthsAfterDueDate(LocalDate due, LocalDate windowEnd) {
        assertThat(calculator.lateWindowEnd(due)).isEqualTo(windowEnd);
    }

    @ParameterizedTest(name = "due {0}, paid {1}: {2}")
    @CsvSource({
            "2023-03-10, 2023-03-01, 0.00",
            "2023-03-10, 2023-03-10, 0.00",
            "2023-03-10, 2023-04-09, 0.00",
            "2023-03-10, 2023-04-10, 0.05",
            "2023-03-10, 2023-06-09, 0.10",
            "2023-03-10, 2023-07-10, 0.20",
            "2023-03-10, 2023-08-10, 0.25",
            "2023-03-10, 2023-09-10, 0.25",
            "2017-02-28, 2017-03-27, 0.00",
            "2017-02-28, 2017-03-28, 0.05",
            "2020-02-29, 2020-03-29, 0.05",
            "2020-02-29, 2020-03-28, 0.00"})
    void surchargeIsFivePercentPerWholeMonthLate(LocalDate due, LocalDate paid, BigDecimal rate) {
        assertThat(calculator.surchargeRate(due, paid)).isEqualByComparingTo(rate);
    }

    @Test
    void paymentAfterWindowIsRejected() {
        assertThatThrownBy(() -> calculator.surchargeRate(LocalDate.of(2023, 3, 10), LocalDate.of(2023, 9, 11)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quoteOfLateInventionFee() {
        AnnualFeeQuote quote = calculator.quote(IpKind.INVENTION, LocalDate.of(2015, 3, 10), 9,
                LocalDate.of(2023, 5, 20));

        assertThat(quote.dueDate()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(quote.stage()).isEqualTo(AnnualFeeQuote.Stage.LATE);
        assertThat(quote.fee()).isEqualTo(Money.of("2000.00"));
        assertThat(quote.surcharge()).isEqualTo(Money.of("200.00"));
        assertThat(quote.total()).isEqualTo(Money.of("2200.00"));
    }

    @Test
    void quoteAfterWindowIsLapsed() {
        AnnualFeeQuote quote = calculator.quote(IpKind.UTILITY_MODEL, LocalDate.of(2016, 2, 29), 5,
                LocalDate.of(2020, 8, 30));

        assertThat(quote.lateWindowEnd()).isEqualTo(LocalDate.of(2020, 8, 29));
        assertThat(quote.stage()).isEqualTo(AnnualFeeQuote.Stage.LAPSED);
        assertThat(quote.fee()).isEqualTo(Money.of("900.00"));
        assertThat(quote.surcharge()).isEqualTo(Money.of("225.00"));
    }

    @ParameterizedTest(name = "{0} year {1}: {2}")
    @CsvSource({
            "INVENTION, 3, 900", "INVENTION, 4, 1200", "INVENTION, 9, 2000", "INVENTION, 10, 4000",
            "INVENTION, 15, 6000", "INVENTION, 20, 8000", "UTILITY_MODEL, 5, 900", "UTILITY_MODEL, 10, 2000",
            "DESIGN, 8, 1200", "DESIGN, 15, 3000"})
    void feeTableFollowsCnipaSchedule(IpKind kind, int year, String fee) {
        assertThat(AnnualFeeTable.defaults().fee(kind, year)).isEqualTo(Money.of(fee));
    }

    @Test
    void feeYearBoundaryForLeapDayFiling() {
        LocalDate filed = LocalDate.of(2016, 2, 29);

        assertThat(calculator.feeYearOf(filed, LocalDate.of(2017, 2, 27))).isEqualTo(1);
        assertThat(calculator.feeYearOf(filed, LocalDate.of(2017, 2, 28))).isEqualTo(2);
        assertThat(calculator.feeYearOf(filed, LocalDate.of(2020, 2, 28))).isEqualTo(4);
        assertThat(calculator.feeYearOf(filed, LocalDate.of(2020, 2, 29))).isEqualTo(5);
    }

    @Test
    void nextUnpaidYearSkipsGrantYearPaidYearsAndClosedWindows() {
        LocalDate filed = LocalDate.of(2015, 3, 10);
        LocalDate granted = LocalDate.of(2017, 6, 1);
        LocalDate expiry = LocalDate.of(2035, 3, 10);

        assertThat(calculator.nextUnpaidYear(filed, granted, expiry, Set.of(), LocalDate.of(2017, 7, 1)))
                .contains(4);
        assertThat(calculator.nextUnpaidYear(filed, granted, expiry, Set.of(), LocalDate.of(2023, 1, 1)))
                .contains(9);
        assertThat(calculator.nextUnpaidYear(filed, granted, expiry, Set.of(9), LocalDate.of(2023, 1, 1)))
                .contains(10);
        assertThat(calculator.nextUnpaidYear(filed, granted, expiry, Set.of(), LocalDate.of(2036, 1, 1)))
                .isEmpty();
    }

    @Property
    void surchargeNeverFallsAndStaysWithinCap(@ForAll @IntRange(min = 0, max = 20000) int dayOffset,
            @ForAll @IntRange(min = 0, max = 183) int firstDay, @ForAll @IntRange(min = 0, max = 183) int secondDay) {
        LocalDate due = LocalDate.of(2000, 1, 1).plusDays(dayOffset);
        LocalDate earlier = due.plusDays(Math.min(firstDay, secondDay));
        LocalDate later = due.plusDays(Math.max(firstDay, secondDay));
        if (later.isAfter(calculator.lateWindowEnd(due))) {
            return;
        }

        BigDecimal earlierRate = calculator.surchargeRate(due, earlier);
        BigDecimal laterRate = calculator.surchargeRate(due, later);

        assertThat(laterRate).isGreaterThanOrEqualTo(earlierRate);
        assertThat(laterRate).isBetween(BigDecimal.ZERO, new BigDecimal("0.25"));
    }

    @Property
    void dueDateKeepsFilingMonth(@ForAll @IntRange(min = 0, max = 12000) int dayOffset,
            @ForAll @IntRange(min = 1, max = 20) int feeYear) {
        LocalDate filed = LocalDate.of(1990, 1, 1).plusDays(dayOffset);

        LocalDate due = calculator.dueDate(filed, feeYear);

        assertThat(due.getMonth()).isEqualTo(filed.getMonth());
        assertThat(due.getDayOfMonth()).isLessThanOrEqualTo(filed.getDayOfMonth());
        assertThat(due.getYear()).isEqualTo(filed.getYear() + feeYear - 1);
    }
}
