package cn.ipfin.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the loan prime rate (LPR) in force on a date from the dated table that Flyway seeds. */
@Service
public class LoanPrimeRates {

    static final int FIVE_YEARS_IN_MONTHS = 60;

    private final LoanPrimeRateHistory history;
    private final Clock clock;

    LoanPrimeRates(LoanPrimeRateHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /**
     * Returns the 1-year LPR in force on the date, as a decimal fraction.
     *
     * @throws NotFoundException when the date is before the first rate in the table
     */
    @Transactional(readOnly = true)
    public BigDecimal oneYearOn(LocalDate date) {
        return rateOn(date).getOneYear();
    }

    /** Returns the 5-year LPR in force on the date, as a decimal fraction. */
    @Transactional(readOnly = true)
    public BigDecimal fiveYearOn(LocalDate date) {
        return rateOn(date).getFiveYear();
    }

    /** Returns the rates in force on the date of the business clock. */
    @Transactional(readOnly = true)
    public LoanPrimeRate current() {
        return rateOn(today());
    }

    /**
     * Returns the rate range of a product on the date. Loans longer than five years are priced over the 5-year
     * LPR and all others over the 1-year LPR, as the People's Bank of China's LPR reform of 2019 set out.
     */
    @Transactional(readOnly = true)
    public RateRange rangeOn(LocalDate date, int termMonths, int minSpreadBp, int maxSpreadBp) {
        LoanPrimeRate rate = rateOn(date);
        BigDecimal reference = termMonths > FIVE_YEARS_IN_MONTHS ? rate.getFiveYear() : rate.getOneYear();
        return RateRange.of(date, reference, minSpreadBp, maxSpreadBp);
    }

    /** Returns the rate range of a product today, for its shortest term. */
    @Transactional(readOnly = true)
    public RateRange currentRange(FinancialProduct product) {
        return rangeOn(today(), product.getMinTermMonths(), product.getMinSpreadBp(), product.getMaxSpreadBp());
    }

    @Transactional(readOnly = true)
    public List<LoanPrimeRate> history() {
        return history.findAllByOrderByEffectiveDateDesc();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public LoanPrimeRate rateOn(LocalDate date) {
        return history.findFirstByEffectiveDateLessThanEqualOrderByEffectiveDateDesc(date)
                .orElseThrow(() -> new NotFoundException("lpr.not-found", "product.lpr.notFound", date));
    }
}
