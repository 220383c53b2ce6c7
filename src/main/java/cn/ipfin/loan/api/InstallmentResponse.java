package cn.ipfin.loan.api;

import java.time.LocalDate;

import cn.ipfin.loan.Installment;

/** One instalment of a schedule preview, with amounts as decimal strings with two places. */
public record InstallmentResponse(int period, LocalDate dueDate, String payment, String principal, String interest,
        String balance) {

    static InstallmentResponse from(Installment installment) {
        return new InstallmentResponse(installment.period(), installment.dueDate(),
                installment.payment().toString(), installment.principal().toString(),
                installment.interest().toString(), installment.balance().toString());
    }
}
