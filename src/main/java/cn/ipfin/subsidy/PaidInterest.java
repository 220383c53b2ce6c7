package cn.ipfin.subsidy;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.Installment;
import cn.ipfin.loan.LoanApplicationService;
import org.springframework.stereotype.Component;

/** Reads the interest an enterprise paid on a loan in a period, both ends included. */
@Component
class PaidInterest {

    private final LoanApplicationService loans;

    PaidInterest(LoanApplicationService loans) {
        this.loans = loans;
    }

    // NOTE: until the loan module records repayments, this takes the interest of the instalments that fell due in
    // the period of the fixed schedule as paid.
    Money between(Long loanId, LocalDate from, LocalDate to, CurrentUser enterprise) {
        Money total = Money.ZERO;
        for (Installment installment : loans.schedule(loanId, enterprise)) {
            if (!installment.dueDate().isBefore(from) && !installment.dueDate().isAfter(to)) {
                total = total.plus(installment.interest());
            }
        }
        return total;
    }
}
