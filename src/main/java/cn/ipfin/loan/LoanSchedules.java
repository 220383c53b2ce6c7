package cn.ipfin.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.ipfin.core.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores the repayment schedule fixed at disbursement and reads it back. It opens the loan's servicing account at
 * the same time, with the penalty rate fixed as the contract rate times {@code ipfin.loan.penalty-rate-multiplier}.
 */
@Component
class LoanSchedules {

    private final JdbcTemplate jdbc;
    private final RepaymentScheduleCalculator calculator;
    private final LoanLedgers ledgers;
    private final BigDecimal penaltyRateMultiplier;

    LoanSchedules(JdbcTemplate jdbc, RepaymentScheduleCalculator calculator, LoanLedgers ledgers,
            @Value("${ipfin.loan.penalty-rate-multiplier:1.5}") BigDecimal penaltyRateMultiplier) {
        this.jdbc = jdbc;
        this.calculator = calculator;
        this.ledgers = ledgers;
        this.penaltyRateMultiplier = penaltyRateMultiplier;
    }

    void fix(LoanApplication application) {
        RepaymentSchedule schedule = calculator.calculate(new LoanTerms(application.getApprovedAmount(),
                application.getApprovedRate(), application.getTermMonths(), application.getMethod(),
                application.getDisbursedOn()));
        jdbc.batchUpdate("""
                insert into loan_installment (application_id, period, due_date, payment, principal, interest, balance)
                values (?, ?, ?, ?, ?, ?, ?)
                """, schedule.installments(), schedule.installments().size(), (statement, installment) -> {
            statement.setLong(1, application.getId());
            statement.setInt(2, installment.period());
            statement.setObject(3, installment.dueDate());
            statement.setBigDecimal(4, installment.payment().amount());
            statement.setBigDecimal(5, installment.principal().amount());
            statement.setBigDecimal(6, installment.interest().amount());
            statement.setBigDecimal(7, installment.balance().amount());
        });
        BigDecimal penaltyRate = application.getApprovedRate().multiply(penaltyRateMultiplier)
                .setScale(6, RoundingMode.HALF_UP);
        ledgers.open(application.getId(), penaltyRate, application.getDisbursedOn());
    }

    List<Installment> find(Long applicationId) {
        return jdbc.query("""
                select period, due_date, payment, principal, interest, balance from loan_installment
                where application_id = ? order by period
                """, (row, index) -> new Installment(row.getInt("period"), row.getObject("due_date",
                java.time.LocalDate.class), Money.of(row.getBigDecimal("payment")), Money.of(row.getBigDecimal("principal")),
                Money.of(row.getBigDecimal("interest")), Money.of(row.getBigDecimal("balance"))), applicationId);
    }
}
