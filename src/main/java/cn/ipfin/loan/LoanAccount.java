package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The servicing account of a disbursed loan (贷款账户): the penalty rate fixed at disbursement, the version of the
 * current schedule, the day contract interest accrues from and the value date of the last repayment. Every
 * repayment raises {@code version}, so two bank users recording at once get a conflict instead of paying one
 * instalment twice.
 */
record LoanAccount(Long applicationId, BigDecimal penaltyRate, LocalDate accrualStart, int scheduleVersion,
        LocalDate lastValueDate, long version) {
}
