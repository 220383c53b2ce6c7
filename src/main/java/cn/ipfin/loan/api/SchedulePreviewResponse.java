package cn.ipfin.loan.api;

import java.util.List;

import cn.ipfin.loan.RepaymentSchedule;

/** A previewed repayment schedule, with amounts as decimal strings with two places such as "85378.52". */
public record SchedulePreviewResponse(List<InstallmentResponse> installments, String totalInterest,
        String totalPayment) {

    static SchedulePreviewResponse from(RepaymentSchedule schedule) {
        List<InstallmentResponse> installments = schedule.installments().stream()
                .map(InstallmentResponse::from)
                .toList();
        return new SchedulePreviewResponse(installments, schedule.totalInterest().toString(),
                schedule.totalPayment().toString());
    }
}
