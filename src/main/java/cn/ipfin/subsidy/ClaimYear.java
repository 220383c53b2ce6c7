package cn.ipfin.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.ipfin.core.money.Money;
import cn.ipfin.subsidy.SubsidyAssessment.YearAmount;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The part of a claim in one calendar year, which the yearly cap of the policy counts. */
@Embeddable
public class ClaimYear {

    @Column(nullable = false)
    private int year;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "interest_paid", nullable = false)
    private BigDecimal interestPaid;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private boolean capped;

    protected ClaimYear() {
    }

    ClaimYear(YearAmount amount) {
        this.year = amount.year();
        this.periodFrom = amount.from();
        this.periodTo = amount.to();
        this.interestPaid = amount.interestPaid().amount();
        this.amount = amount.amount().amount();
        this.capped = amount.capped();
    }

    public int getYear() { return year; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Money getInterestPaid() { return Money.of(interestPaid); }
    public Money getAmount() { return Money.of(amount); }
    public boolean isCapped() { return capped; }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimYear that && year == that.year && capped == that.capped
                && periodFrom.equals(that.periodFrom) && periodTo.equals(that.periodTo)
                && interestPaid.compareTo(that.interestPaid) == 0 && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, periodFrom, periodTo);
    }
}
