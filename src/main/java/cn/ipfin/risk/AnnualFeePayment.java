package cn.ipfin.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded annual fee payment (年费缴纳记录) of one fee year of a patent, with the surcharge it carried. */
@Entity
@Table(name = "annual_fee_payment")
public class AnnualFeePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "fee_year", nullable = false)
    private int feeYear;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private BigDecimal fee;

    @Column(nullable = false)
    private BigDecimal surcharge;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AnnualFeePayment() {
    }

    AnnualFeePayment(Long assetId, AnnualFeeQuote quote, LocalDate paidOn, String recordedBy, Instant now) {
        this.assetId = assetId;
        this.feeYear = quote.feeYear();
        this.dueDate = quote.dueDate();
        this.paidOn = paidOn;
        this.fee = quote.fee().amount();
        this.surcharge = quote.surcharge().amount();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAssetId() {
        return assetId;
    }

    public int getFeeYear() {
        return feeYear;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Money getFee() {
        return Money.of(fee);
    }

    public Money getSurcharge() {
        return Money.of(surcharge);
    }
}
