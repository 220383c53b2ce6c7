package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/** Checks a repayment before the ledger splits it, and names every invalid field with the fix. */
final class RepaymentRules {

    private RepaymentRules() {
    }

    /**
     * Checks a regular repayment: a positive amount no larger than what settles the loan or is due on the value
     * date, and a value date between the disbursement (or the last repayment) and today.
     */
    static void checkRegular(Money amount, LocalDate valueDate, LoanApplication application, LoanAccount account,
            LoanLedger ledger, LocalDate today) {
        List<Violation> violations = new ArrayList<>(valueDateViolations(valueDate, application, account, today));
        if (amount == null) {
            violations.add(new Violation("amount", "loan.repayment.amount.required"));
        } else if (!amount.isPositive()) {
            violations.add(new Violation("amount", "loan.repayment.amount.positive"));
        }
        throwIfAny(violations);

        Money settlement = ledger.position(valueDate).settlementAmount();
        if (amount.compareTo(settlement) > 0) {
            throw InvalidInputException.of("amount", "loan.repayment.amount.aboveSettlement", settlement);
        }
        Money due = ledger.amountDue(valueDate);
        if (amount.compareTo(due) > 0) {
            throw InvalidInputException.of("amount", "loan.repayment.amount.aboveDue", due, valueDate);
        }
    }

    /**
     * Checks an early repayment: the value date as for a regular one with an instalment still due after it, and
     * for a partial one a principal below the principal not yet due and an option that fits the method.
     */
    static void checkEarly(EarlyRepaymentRequest request, LoanApplication application, LoanAccount account,
            LoanLedger ledger, LocalDate today) {
        List<Violation> violations = new ArrayList<>(valueDateViolations(request.valueDate(), application, account,
                today));
        if (violations.isEmpty() && ledger.firstDueAfter(request.valueDate()) == null) {
            violations.add(new Violation("valueDate", "loan.early.valueDate.noneLeft"));
        }
        if (!request.isFull()) {
            violations.addAll(partialViolations(request, application.getMethod()));
        }
        throwIfAny(violations);

        if (!request.isFull()) {
            Money notYetDue = notYetDue(ledger, request.valueDate());
            if (request.principal().compareTo(notYetDue) >= 0) {
                throw InvalidInputException.of("principal", "loan.early.principal.tooLarge", notYetDue);
            }
        }
    }

    private static List<Violation> partialViolations(EarlyRepaymentRequest request, RepaymentMethod method) {
        List<Violation> violations = new ArrayList<>();
        if (request.principal() == null) {
            violations.add(new Violation("principal", "loan.early.principal.required"));
        } else if (!request.principal().isPositive()) {
            violations.add(new Violation("principal", "loan.early.principal.positive"));
        }
        if (request.option() == null) {
            violations.add(new Violation("option", "loan.early.option.required"));
        } else if (request.option() == EarlyRepaymentOption.SHORTER_TERM && method != RepaymentMethod.EQUAL_INSTALLMENT
                && method != RepaymentMethod.EQUAL_PRINCIPAL) {
            violations.add(new Violation("option", "loan.early.option.unsupported"));
        }
        return violations;
    }

    private static List<Violation> valueDateViolations(LocalDate valueDate, LoanApplication application,
            LoanAccount account, LocalDate today) {
        if (valueDate == null) {
            return List.of(new Violation("valueDate", "loan.repayment.valueDate.required"));
        }
        if (valueDate.isBefore(application.getDisbursedOn())) {
            return List.of(new Violation("valueDate", "loan.repayment.valueDate.beforeDisbursement",
                    application.getDisbursedOn()));
        }
        if (valueDate.isAfter(today)) {
            return List.of(new Violation("valueDate", "loan.repayment.valueDate.future", today));
        }
        if (account.lastValueDate() != null && valueDate.isBefore(account.lastValueDate())) {
            return List.of(new Violation("valueDate", "loan.repayment.valueDate.beforeLast", account.lastValueDate()));
        }
        return List.of();
    }

    private static Money notYetDue(LoanLedger ledger, LocalDate valueDate) {
        return ledger.installments().stream().filter(installment -> installment.dueDate().isAfter(valueDate))
                .map(InstallmentBalance::unpaidPrincipal).reduce(Money.ZERO, Money::plus);
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
