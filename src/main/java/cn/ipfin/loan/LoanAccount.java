package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The servicing account of a disbursed loan (贷款账户): the penalty rate fixed at disbursement, the version of the
 * current schedule and the day contract interest accrues from. Every repayment changes it, so two bank users
 * recording at once get a version conflict instead of paying one instalment twice.
 */
@Entity
@Table(name = "loan_account")
class LoanAccount {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "penalty_rate", nullable = false)
    private BigDecimal penaltyRate;

    @Column(name = "accrual_start", nullable = false)
    private LocalDate accrualStart;

    @Column(name = "schedule_version", nullable = false)
    private int scheduleVersion;

    @Column(name = "last_value_date")
    private LocalDate lastValueDate;

    @Version
    private long version;

    protected LoanAccount() {
    }

    LoanAccount(Long applicationId, BigDecimal penaltyRate, LocalDate disbursedOn) {
        this.applicationId = applicationId;
        this.penaltyRate = penaltyRate;
        this.accrualStart = disbursedOn;
        this.scheduleVersion = 1;
    }

    void recordRepayment(LocalDate valueDate) {
        this.lastValueDate = valueDate;
    }

    /** Starts a new schedule version after an early repayment, from whose value date interest accrues. */
    void restructure(LocalDate valueDate) {
        recordRepayment(valueDate);
        this.accrualStart = valueDate;
        this.scheduleVersion++;
    }

    Long getApplicationId() { return applicationId; }
    BigDecimal getPenaltyRate() { return penaltyRate; }
    LocalDate getAccrualStart() { return accrualStart; }
    int getScheduleVersion() { return scheduleVersion; }
    LocalDate getLastValueDate() { return lastValueDate; }
    long getVersion() { return version; }
}
