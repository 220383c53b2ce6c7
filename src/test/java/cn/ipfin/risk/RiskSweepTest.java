package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.ServicingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole monitoring sweep as of 2026-11-10 over loans and pledges set up for each rule, in the shared test
 * database. The loans' own patents were filed on 2021-03-04, so their next annual fee is not due until
 * 2027-03-04 and raises nothing.
 */
class RiskSweepTest extends ServicingTestSupport {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 10);
    private static final LocalDate LISTED_ON = LocalDate.of(2026, 11, 1);

    @Autowired
    private RiskSweep sweep;

    @Autowired
    private AlertService alertService;

    @Autowired
    private Alerts alerts;

    @Autowired
    private LoanQueries loans;

    @Autowired
    private IpAssetService assets;

    @Autowired
    private PledgeService pledges;

    @Autowired
    private AbnormalOperationService abnormalList;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void sweepRaisesExpectedAlertsOnce() {
        DisbursedLoan oneDay = disbursedLoan("巡检逾期一天", LocalDate.of(2026, 10, 9));
        DisbursedLoan thirtyDays = disbursedLoan("巡检逾期三十天", LocalDate.of(2026, 9, 11));
        DisbursedLoan ninetyDays = disbursedLoan("巡检逾期九十天", LocalDate.of(2026, 7, 12));
        DisbursedLoan downgraded = disbursedLoan("巡检评级下调", LocalDate.of(2026, 10, 20));
        DisbursedLoan listed = disbursedLoan("巡检经营异常", LocalDate.of(2026, 10, 20));
        DisbursedLoan clean = disbursedLoan("巡检无预警", LocalDate.of(2026, 10, 20));
        rate(downgraded, "AA", "BBB");
        long downgradeRating = latestRatingOf(downgraded);
        rate(clean, "AA", "A");
        list(listed);

        Member owner = verifiedMember("ENTERPRISE", "巡检年费测试有限公司");
        Member bank = verifiedMember("BANK", "巡检年费测试银行");
        IpAsset dueIn50Days = pledgedPatent(owner, bank, LocalDate.of(2022, 12, 30));
        IpAsset dueIn20Days = pledgedPatent(owner, bank, LocalDate.of(2022, 11, 30));
        IpAsset dueIn5Days = pledgedPatent(owner, bank, LocalDate.of(2022, 11, 15));
        IpAsset dueTenDaysAgo = pledgedPatent(owner, bank, LocalDate.of(2022, 10, 31));

        Set<Long> loanIds = Set.of(oneDay.id(), thirtyDays.id(), ninetyDays.id(), downgraded.id(), listed.id(),
                clean.id());
        Set<Long> assetIds = new HashSet<>(Set.of(dueIn50Days.getId(), dueIn20Days.getId(), dueIn5Days.getId(),
                dueTenDaysAgo.getId()));
        for (DisbursedLoan loan : List.of(oneDay, thirtyDays, ninetyDays, downgraded, listed, clean)) {
            assetIds.add(loan.patent().getId());
        }

        RiskSweep.Result first = sweep.sweep(AS_OF);
        Set<String> afterFirst = alertsOn(loanIds, assetIds);
        RiskSweep.Result second = sweep.sweep(AS_OF);
        Set<String> afterSecond = alertsOn(loanIds, assetIds);

        assertThat(loans.position(oneDay.id(), AS_OF).daysPastDue()).isEqualTo(1);
        assertThat(loans.position(thirtyDays.id(), AS_OF).daysPastDue()).isEqualTo(30);
        assertThat(loans.position(ninetyDays.id(), AS_OF).daysPastDue()).isEqualTo(90);
        assertThat(afterFirst).containsExactlyInAnyOrder(
                "REPAYMENT_OVERDUE_1 loan:" + oneDay.id(),
                "REPAYMENT_OVERDUE_30 loan:" + thirtyDays.id(),
                "REPAYMENT_OVERDUE_90 loan:" + ninetyDays.id(),
                "RATING_DOWNGRADE loan:" + downgraded.id() + ":rating:" + downgradeRating,
                "ABNORMAL_OPERATION loan:" + listed.id() + ":abnormal:" + LISTED_ON,
                "ANNUAL_FEE_DUE fee:" + dueIn50Days.getId() + ":5:60",
                "ANNUAL_FEE_DUE fee:" + dueIn20Days.getId() + ":5:30",
                "ANNUAL_FEE_DUE fee:" + dueIn5Days.getId() + ":5:7",
                "ANNUAL_FEE_UNPAID fee:" + dueTenDaysAgo.getId() + ":5");
        assertThat(first.alertsRaised()).isGreaterThanOrEqualTo(9);
        assertThat(first.loansChecked()).isGreaterThanOrEqualTo(6);
        assertThat(first.pledgesChecked()).isGreaterThanOrEqualTo(10);
        assertThat(second.alertsRaised()).isZero();
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(openAlert(RuleCode.REPAYMENT_OVERDUE_90, "loan:" + ninetyDays.id()).getRecipients())
                .containsExactly(ninetyDays.bank().organizationId());
        assertThat(openAlert(RuleCode.ANNUAL_FEE_UNPAID, "fee:" + dueTenDaysAgo.getId() + ":5").getRecipients())
                .containsExactlyInAnyOrder(owner.organizationId(), bank.organizationId());
    }

    @Test
    void openAlertGainsNewRecipients() {
        Member bank = verifiedMember("BANK", "巡检追加接收方测试银行");
        Member insurer = verifiedMember("INSURER", "巡检追加接收方测试保险公司");
        String subject = "test:recipients:" + System.nanoTime();
        AlertDraft toBank = draft(subject, Set.of(bank.organizationId()));
        AlertDraft toBoth = draft(subject, Set.of(bank.organizationId(), insurer.organizationId()));

        int raised = sweep.raiseAll(List.of(toBank), alertService.openAlerts());
        OpenAlerts open = alertService.openAlerts();
        int raisedAgain = sweep.raiseAll(List.of(toBank, toBoth), open);

        assertThat(raised).isEqualTo(1);
        assertThat(open.covers(toBank)).isTrue();
        assertThat(open.covers(toBoth)).isFalse();
        assertThat(raisedAgain).isZero();
        assertThat(openAlert(RuleCode.ABNORMAL_OPERATION, subject).getRecipients())
                .containsExactlyInAnyOrder(bank.organizationId(), insurer.organizationId());
    }

    @Test
    void failedRaiseDoesNotStopOthers() {
        Member bank = verifiedMember("BANK", "巡检失败隔离测试银行");
        String stamp = "test:failure:" + System.nanoTime();
        AlertDraft before = draft(stamp + ":before", Set.of(bank.organizationId()));
        AlertDraft tooLong = draft(stamp + ":" + "x".repeat(200), Set.of(bank.organizationId()));
        AlertDraft after = draft(stamp + ":after", Set.of(bank.organizationId()));

        int raised = sweep.raiseAll(List.of(before, tooLong, after), alertService.openAlerts());

        assertThat(raised).isEqualTo(2);
        assertThat(alerts.findFirstByRuleAndSubjectKeyAndStateNot(RuleCode.ABNORMAL_OPERATION, before.subjectKey(),
                AlertState.RESOLVED)).isPresent();
        assertThat(alerts.findFirstByRuleAndSubjectKeyAndStateNot(RuleCode.ABNORMAL_OPERATION, tooLong.subjectKey(),
                AlertState.RESOLVED)).isEmpty();
        assertThat(alerts.findFirstByRuleAndSubjectKeyAndStateNot(RuleCode.ABNORMAL_OPERATION, after.subjectKey(),
                AlertState.RESOLVED)).isPresent();
    }

    /** Returns "RULE subjectKey" of every alert about one of the loans or assets. */
    private Set<String> alertsOn(Set<Long> loanIds, Set<Long> assetIds) {
        return alerts.findAll().stream()
                .filter(alert -> alert.getLoanId() != null && loanIds.contains(alert.getLoanId())
                        || alert.getAssetId() != null && assetIds.contains(alert.getAssetId()))
                .map(alert -> alert.getRule() + " " + alert.getSubjectKey()).collect(Collectors.toSet());
    }

    private Alert openAlert(RuleCode rule, String subjectKey) {
        return alerts.findFirstByRuleAndSubjectKeyAndStateNot(rule, subjectKey, AlertState.RESOLVED).orElseThrow();
    }

    /** Stores two ratings of the loan's applicant a day apart, without the event a rating through the API sends. */
    private void rate(DisbursedLoan loan, String previousGrade, String latestGrade) {
        Instant now = Instant.now();
        insertRating(loan, previousGrade, now.minusSeconds(86_400));
        insertRating(loan, latestGrade, now);
    }

    private void insertRating(DisbursedLoan loan, String grade, Instant ratedAt) {
        jdbc.update("""
                insert into credit_rating (enterprise_id, model_version, fiscal_year, total, grade, rated_by,
                       rater_organization_id, rated_at)
                values (?, (select max(version) from rating_model), 2025, 60, ?, 'test', ?, ?)
                """, loan.enterprise().organizationId(), grade, loan.bank().organizationId(), Timestamp.from(ratedAt));
    }

    private long latestRatingOf(DisbursedLoan loan) {
        return jdbc.queryForObject("select max(id) from credit_rating where enterprise_id = ?", Long.class,
                loan.enterprise().organizationId());
    }

    private void list(DisbursedLoan loan) {
        String creditCode = organizations.find(loan.enterprise().organizationId()).orElseThrow().getCreditCode();
        CurrentUser operator = accounts.loadUserByUsername(createOperator());
        String rows = "统一社会信用代码,企业名称,列入日期,列入原因\n"
                + creditCode + ",巡检经营异常测试有限公司," + LISTED_ON + ",通过登记的住所或者经营场所无法联系\n";
        byte[] csv = rows.getBytes(StandardCharsets.UTF_8);
        AbnormalOperationService.ImportResult imported = abnormalList.importCsv(csv, operator);
        assertThat(imported.added()).isEqualTo(1);
    }

    /** Pledges a patent granted on 2024-01-10, so that its first tracked annual fee is that of year 3. */
    private IpAsset pledgedPatent(Member owner, Member bank, LocalDate filedOn) {
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner, filedOn, LocalDate.of(2024, 1, 10));
        RiskFixtures.pledge(pledges, patent, owner, bank);
        return patent;
    }

    private static AlertDraft draft(String subjectKey, Set<Long> recipients) {
        return new AlertDraft(RuleCode.ABNORMAL_OPERATION, subjectKey, "risk.alert.message.abnormal",
                List.of("0", "巡检测试有限公司", String.valueOf(LISTED_ON), ""), recipients, null, null, null);
    }
}
