package cn.ipfin.subsidy;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;
import cn.ipfin.loan.LoanQueries;
import org.springframework.stereotype.Component;

/**
 * Reads the contract interest an enterprise actually paid on a loan with value dates in a period, both ends
 * included, from the loan module's repayment ledger. Penalty interest does not count.
 */
@Component
class PaidInterest {

    private final LoanQueries loans;

    PaidInterest(LoanQueries loans) {
        this.loans = loans;
    }

    Money between(Long loanId, LocalDate from, LocalDate to) {
        return loans.interestPaid(loanId, from, to);
    }
}
