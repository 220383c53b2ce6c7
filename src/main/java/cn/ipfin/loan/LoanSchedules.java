package cn.ipfin.loan;

import java.util.List;

import cn.ipfin.core.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores the repayment schedule fixed at disbursement and reads it back. */
@Component
class LoanSchedules {

    private final JdbcTemplate jdbc;
    private final RepaymentScheduleCalculator calculator;

    LoanSchedules(JdbcTemplate jdbc, RepaymentScheduleCalculator calculator) {
        this.jdbc = jdbc;
        this.calculator = calculator;
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
