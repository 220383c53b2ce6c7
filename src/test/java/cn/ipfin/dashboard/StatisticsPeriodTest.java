package cn.ipfin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.ipfin.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void blankParametersMeanYearToDateByMonth() {
        StatisticsPeriod period = StatisticsPeriod.parse(null, " ", null, TODAY);

        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.granularity()).isEqualTo(Granularity.MONTH);
    }

    @Test
    void everyInvalidParameterIsReported() {
        assertThatThrownBy(() -> StatisticsPeriod.parse("2026-13-01", "tomorrow", "WEEK", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactly("from", "to", "granularity"));
    }

    @Test
    void reversedDatesAreRejected() {
        assertThatThrownBy(() -> StatisticsPeriod.parse("2026-05-01", "2026-04-30", "month", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey)
                        .containsExactly("dashboard.period.reversed"));
    }

    @Test
    void labelsCoverPartialSteps() {
        assertThat(Granularity.MONTH.labelsBetween(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 1)))
                .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(Granularity.QUARTER.labelsBetween(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 4, 1)))
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(Granularity.YEAR.labelsBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)))
                .containsExactly("2024", "2025", "2026");
    }
}
