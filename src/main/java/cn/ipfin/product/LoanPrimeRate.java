package cn.ipfin.product;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published loan prime rate (贷款市场报价利率, LPR): the 1-year and 5-year rates in force from
 * {@code effectiveDate} until the next published change. Rates are annual decimal fractions (3.0 % is 0.03).
 */
@Entity
@Table(name = "loan_prime_rate")
public class LoanPrimeRate {

    @Id
    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "one_year", nullable = false)
    private BigDecimal oneYear;

    @Column(name = "five_year", nullable = false)
    private BigDecimal fiveYear;

    protected LoanPrimeRate() {
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public BigDecimal getOneYear() {
        return oneYear.stripTrailingZeros();
    }

    public BigDecimal getFiveYear() {
        return fiveYear.stripTrailingZeros();
    }
}
