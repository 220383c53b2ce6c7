package cn.ipfin.loan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.money.Money;

/** Collects instalments in period order and tracks the principal balance they leave. */
final class ScheduleBuilder {

    private final List<Installment> installments = new ArrayList<>();
    private Money balance;

    ScheduleBuilder(Money principal) {
        this.balance = principal;
    }

    Money balance() {
        return balance;
    }

    /**
     * Adds the next instalment. A principal part below zero becomes zero and one above the balance becomes the
     * balance, so fen rounding over many periods can neither raise the balance nor drive it negative.
     */
    void repay(LocalDate dueDate, Money principalPart, Money interest) {
        Money part = principalPart;
        if (part.isNegative()) {
            part = Money.ZERO;
        } else if (part.compareTo(balance) > 0) {
            part = balance;
        }

        balance = balance.minus(part);
        installments.add(new Installment(installments.size() + 1, dueDate, part.plus(interest), part, interest,
                balance));
    }

    /** Adds the final instalment, which repays the whole remaining balance. */
    void repayBalance(LocalDate dueDate, Money interest) {
        repay(dueDate, balance, interest);
    }

    RepaymentSchedule build() {
        return RepaymentSchedule.of(installments);
    }
}
