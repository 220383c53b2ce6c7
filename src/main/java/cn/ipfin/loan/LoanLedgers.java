package cn.ipfin.loan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ipfin.core.money.Money;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores what has been paid on each instalment, the repayments and the instalments early repayments replaced, and
 * builds the {@link LoanLedger} of a loan from them.
 */
@Component
class LoanLedgers {

    private final JdbcTemplate jdbc;

    LoanLedgers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LoanLedger ledger(LoanApplication application, LoanAccount account) {
        return new LoanLedger(balances(application.getId()), application.getApprovedRate(), account.penaltyRate(),
                account.accrualStart());
    }

    void open(Long applicationId, BigDecimal penaltyRate, LocalDate disbursedOn) {
        jdbc.update("insert into loan_account (application_id, penalty_rate, accrual_start) values (?, ?, ?)",
                applicationId, penaltyRate, disbursedOn);
    }

    Optional<LoanAccount> account(Long applicationId) {
        return jdbc.query("""
                select application_id, penalty_rate, accrual_start, schedule_version, last_value_date, version
                from loan_account where application_id = ?
                """, (row, index) -> new LoanAccount(row.getLong("application_id"), row.getBigDecimal("penalty_rate"),
                row.getObject("accrual_start", LocalDate.class), row.getInt("schedule_version"),
                row.getObject("last_value_date", LocalDate.class), row.getLong("version")), applicationId)
                .stream().findFirst();
    }

    /**
     * Records a repayment on the account if it is still at {@code expectedVersion}. The row lock of the update
     * makes a second user wait for the first one's commit and then fail on the raised version.
     *
     * @param restructured whether an early repayment replaced the schedule, so that a new schedule version starts
     *     and contract interest accrues from the value date
     * @throws ObjectOptimisticLockingFailureException when another repayment changed the account first
     */
    void advance(Long applicationId, long expectedVersion, LocalDate valueDate, boolean restructured) {
        int updated = jdbc.update("""
                update loan_account set version = version + 1, last_value_date = ?,
                       schedule_version = schedule_version + ?,
                       accrual_start = case when ? then ? else accrual_start end
                where application_id = ? and version = ?
                """, valueDate, restructured ? 1 : 0, restructured, valueDate, applicationId, expectedVersion);
        if (updated == 0) {
            throw new ObjectOptimisticLockingFailureException(LoanAccount.class, applicationId);
        }
    }

    List<InstallmentBalance> balances(Long applicationId) {
        return jdbc.query("""
                select period, due_date, principal, interest, principal_paid, interest_paid, penalty_accrued,
                       penalty_paid, penalty_accrued_to
                from loan_installment where application_id = ? order by period
                """, (row, index) -> new InstallmentBalance(row.getInt("period"),
                row.getObject("due_date", LocalDate.class), money(row, "principal"), money(row, "interest"),
                money(row, "principal_paid"), money(row, "interest_paid"), money(row, "penalty_accrued"),
                money(row, "penalty_paid"), row.getObject("penalty_accrued_to", LocalDate.class)), applicationId);
    }

    /** Writes the paid amounts and penalty accrual of every instalment in the list. */
    void update(Long applicationId, List<InstallmentBalance> installments) {
        jdbc.batchUpdate("""
                update loan_installment set principal_paid = ?, interest_paid = ?, penalty_accrued = ?,
                       penalty_paid = ?, penalty_accrued_to = ?
                where application_id = ? and period = ?
                """, installments, installments.size(), (statement, installment) -> {
            statement.setBigDecimal(1, installment.principalPaid().amount());
            statement.setBigDecimal(2, installment.interestPaid().amount());
            statement.setBigDecimal(3, installment.penaltyAccrued().amount());
            statement.setBigDecimal(4, installment.penaltyPaid().amount());
            statement.setObject(5, installment.penaltyAccruedTo());
            statement.setLong(6, applicationId);
            statement.setInt(7, installment.period());
        });
    }

    /**
     * Moves the instalments from {@code fromPeriod} on into the history under {@code replacedVersion} and inserts
     * the new ones in their place.
     */
    void replace(Long applicationId, int replacedVersion, int fromPeriod, List<Installment> schedule) {
        jdbc.update("""
                insert into loan_installment_history (application_id, schedule_version, period, due_date, payment,
                       principal, interest, balance, principal_paid, interest_paid, penalty_paid)
                select application_id, ?, period, due_date, payment, principal, interest, balance, principal_paid,
                       interest_paid, penalty_paid
                from loan_installment where application_id = ? and period >= ?
                """, replacedVersion, applicationId, fromPeriod);
        jdbc.update("delete from loan_installment where application_id = ? and period >= ?", applicationId,
                fromPeriod);
        jdbc.batchUpdate("""
                insert into loan_installment (application_id, period, due_date, payment, principal, interest, balance)
                values (?, ?, ?, ?, ?, ?, ?)
                """, schedule, schedule.size(), (statement, installment) -> {
            statement.setLong(1, applicationId);
            statement.setInt(2, installment.period());
            statement.setObject(3, installment.dueDate());
            statement.setBigDecimal(4, installment.payment().amount());
            statement.setBigDecimal(5, installment.principal().amount());
            statement.setBigDecimal(6, installment.interest().amount());
            statement.setBigDecimal(7, installment.balance().amount());
        });
    }

    List<ReplacedInstallment> replaced(Long applicationId) {
        return jdbc.query("""
                select schedule_version, period, due_date, payment, principal, interest, balance, principal_paid,
                       interest_paid
                from loan_installment_history where application_id = ? order by schedule_version, period
                """, (row, index) -> new ReplacedInstallment(row.getInt("schedule_version"),
                new Installment(row.getInt("period"), row.getObject("due_date", LocalDate.class),
                        money(row, "payment"), money(row, "principal"), money(row, "interest"),
                        money(row, "balance")),
                money(row, "principal_paid"), money(row, "interest_paid")), applicationId);
    }

    Repayment insert(Repayment repayment, Long recordedOrganizationId) {
        Long id = jdbc.queryForObject("""
                insert into loan_repayment (application_id, kind, value_date, amount, principal, interest, penalty,
                       early_option, schedule_version, recorded_by, recorded_org_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, repayment.loanId(), repayment.kind().name(), repayment.valueDate(),
                repayment.amount().amount(), repayment.principal().amount(), repayment.interest().amount(),
                repayment.penalty().amount(), repayment.option() == null ? null : repayment.option().name(),
                repayment.scheduleVersion(), repayment.recordedBy(), recordedOrganizationId,
                Timestamp.from(repayment.recordedAt()));
        return new Repayment(id, repayment.loanId(), repayment.kind(), repayment.valueDate(), repayment.amount(),
                repayment.principal(), repayment.interest(), repayment.penalty(), repayment.option(),
                repayment.scheduleVersion(), repayment.recordedBy(), repayment.recordedAt());
    }

    /** Returns the repayments of a loan, latest value date first. */
    List<Repayment> repayments(Long applicationId) {
        return jdbc.query("""
                select id, application_id, kind, value_date, amount, principal, interest, penalty, early_option,
                       schedule_version, recorded_by, recorded_at
                from loan_repayment where application_id = ? order by value_date desc, id desc
                """, (row, index) -> repayment(row), applicationId);
    }

    /** Returns the contract interest paid with value dates from {@code from} to {@code to}, both inclusive. */
    Money interestPaid(Long applicationId, LocalDate from, LocalDate to) {
        return Money.of(jdbc.queryForObject("""
                select coalesce(sum(interest), 0) from loan_repayment
                where application_id = ? and value_date between ? and ?
                """, BigDecimal.class, applicationId, from, to));
    }

    /** Returns the principal repaid per loan with value dates on or before {@code to}, leaving out loans with none. */
    Map<Long, Money> principalRepaidUpTo(LocalDate to) {
        Map<Long, Money> repaid = new HashMap<>();
        jdbc.query("""
                select application_id, sum(principal) from loan_repayment where value_date <= ?
                group by application_id
                """, row -> {
            repaid.put(row.getLong(1), Money.of(row.getBigDecimal(2)));
        }, to);
        return repaid;
    }

    /**
     * Returns the days past due per loan with an account, leaving out loans with nothing overdue. As in
     * {@link LoanLedger#position(LocalDate)}, they count from the due date of the first instalment in period order
     * that fell due before {@code asOf} and is not fully paid.
     */
    Map<Long, Integer> daysPastDue(LocalDate asOf) {
        Map<Long, Integer> days = new HashMap<>();
        jdbc.query("""
                select distinct on (i.application_id) i.application_id, i.due_date
                from loan_installment i join loan_account a on a.application_id = i.application_id
                where i.due_date < ? and i.principal + i.interest <> i.principal_paid + i.interest_paid
                order by i.application_id, i.period
                """, row -> {
            LocalDate oldestUnpaid = row.getObject(2, LocalDate.class);
            days.put(row.getLong(1), (int) ChronoUnit.DAYS.between(oldestUnpaid, asOf));
        }, asOf);
        return days;
    }

    private static Repayment repayment(ResultSet row) throws SQLException {
        String option = row.getString("early_option");
        Instant recordedAt = row.getTimestamp("recorded_at").toInstant();
        return new Repayment(row.getLong("id"), row.getLong("application_id"),
                RepaymentKind.valueOf(row.getString("kind")), row.getObject("value_date", LocalDate.class),
                money(row, "amount"), money(row, "principal"), money(row, "interest"), money(row, "penalty"),
                option == null ? null : EarlyRepaymentOption.valueOf(option), row.getInt("schedule_version"),
                row.getString("recorded_by"), recordedAt);
    }

    private static Money money(ResultSet row, String column) throws SQLException {
        return Money.of(row.getBigDecimal(column));
    }
}
