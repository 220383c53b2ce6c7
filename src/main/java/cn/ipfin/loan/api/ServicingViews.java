package cn.ipfin.loan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.loan.EarlyRepaymentQuote;
import cn.ipfin.loan.InstallmentBalance;
import cn.ipfin.loan.LoanPosition;
import cn.ipfin.loan.LoanServicing;
import cn.ipfin.loan.Repayment;

/** Response bodies of the loan servicing API, with amounts as decimal strings with two places. */
final class ServicingViews {

    private ServicingViews() {
    }

    record RepaymentView(Long id, String kind, LocalDate valueDate, String amount, String principal, String interest,
            String penalty, String option, int scheduleVersion, String recordedBy) {

        static RepaymentView of(Repayment repayment) {
            return new RepaymentView(repayment.id(), repayment.kind().name(), repayment.valueDate(),
                    text(repayment.amount()), text(repayment.principal()), text(repayment.interest()),
                    text(repayment.penalty()), repayment.option() == null ? null : repayment.option().name(),
                    repayment.scheduleVersion(), repayment.recordedBy());
        }
    }

    record InstallmentView(int period, LocalDate dueDate, String payment, String principal, String interest,
            String principalPaid, String interestPaid, String penaltyPaid, String status) {

        static InstallmentView of(InstallmentBalance installment, LocalDate asOf) {
            return new InstallmentView(installment.period(), installment.dueDate(), text(installment.payment()),
                    text(installment.principal()), text(installment.interest()), text(installment.principalPaid()),
                    text(installment.interestPaid()), text(installment.penaltyPaid()),
                    installment.status(asOf).name());
        }
    }

    record PositionView(long version, LocalDate asOf, String outstandingPrincipal, String accruedInterest,
            String accruedPenalty, String overduePrincipal, String overdueInterest, int daysPastDue,
            LocalDate nextDueDate, String nextDueAmount, String settlementAmount, BigDecimal penaltyRate,
            List<InstallmentView> installments) {

        static PositionView of(LoanServicing loan) {
            LoanPosition position = loan.position();
            return new PositionView(loan.version(), position.asOf(), text(position.outstandingPrincipal()),
                    text(position.accruedInterest()), text(position.accruedPenalty()),
                    text(position.overduePrincipal()), text(position.overdueInterest()), position.daysPastDue(),
                    position.nextDueDate(), text(position.nextDueAmount()), text(position.settlementAmount()),
                    loan.penaltyRate(), loan.installments().stream()
                            .map(installment -> InstallmentView.of(installment, position.asOf())).toList());
        }
    }

    record QuoteView(LocalDate valueDate, boolean full, String option, String penalty, String overdueInterest,
            String overduePrincipal, String accruedInterest, String principal, String total, String remainingPrincipal,
            int fromPeriod, List<InstallmentResponse> schedule) {

        static QuoteView of(EarlyRepaymentQuote quote) {
            return new QuoteView(quote.valueDate(), quote.full(), quote.option() == null ? null : quote.option().name(),
                    text(quote.dueNow().penalty()), text(quote.dueNow().interest()), text(quote.dueNow().principal()),
                    text(quote.accruedInterest()), text(quote.principal()), text(quote.total()),
                    text(quote.remainingPrincipal()), quote.fromPeriod(),
                    quote.schedule().stream().map(InstallmentResponse::from).toList());
        }
    }

    /** Returns the amount as money, or null when it is missing so that the service names the field. */
    static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw InvalidInputException.of(field, "loan.money.invalid");
        }
        return Money.of(amount);
    }

    private static String text(Money money) {
        return money == null ? null : money.toString();
    }
}
