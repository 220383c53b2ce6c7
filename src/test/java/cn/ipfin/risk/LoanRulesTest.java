package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The rules of the sweep over disbursed loans: repayment overdue at 1, 30 and 90 days past due on a loan
 * without repayments, and a borrower on the abnormal-operation list.
 */
class LoanRulesTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private LoanQueries loans;

    @Autowired
    private RiskSweep sweep;

    @Test
    void overdueStagesRaiseRisingSeverity() {
        Member enterprise = verifiedMember("ENTERPRISE", "逾期规则测试有限公司");
        Member bank = verifiedMember("BANK", "逾期规则测试银行");
        LoanSummary loan = disbursedLoan(enterprise, bank);
        java.time.LocalDate firstDue = firstDueDate(enterprise, loan);

        Optional<Alert> onTime = sweep.checkOverdue(loan, firstDue);
        Optional<Alert> oneDay = sweep.checkOverdue(loan, firstDue.plusDays(1));
        Optional<Alert> oneDayAgain = sweep.checkOverdue(loan, firstDue.plusDays(2));
        Optional<Alert> thirtyDays = sweep.checkOverdue(loan, firstDue.plusDays(30));
        Optional<Alert> ninetyDays = sweep.checkOverdue(loan, firstDue.plusDays(90));

        assertThat(onTime).isEmpty();
        assertThat(oneDay.map(Alert::getRule)).contains(RuleCode.REPAYMENT_OVERDUE_1);
        assertThat(oneDay.map(Alert::getSeverity)).contains(Severity.INFO);
        assertThat(oneDayAgain).isEmpty();
        assertThat(thirtyDays.map(Alert::getRule)).contains(RuleCode.REPAYMENT_OVERDUE_30);
        assertThat(thirtyDays.map(Alert::getSeverity)).contains(Severity.WARNING);
        assertThat(ninetyDays.map(Alert::getRule)).contains(RuleCode.REPAYMENT_OVERDUE_90);
        assertThat(ninetyDays.map(Alert::getSeverity)).contains(Severity.CRITICAL);
        assertThat(ninetyDays.get().getRecipients()).containsExactly(bank.organizationId());
        assertThat(ninetyDays.get().getMessageArguments()).containsExactly(String.valueOf(loan.id()), "90");
    }

    @Test
    void abnormalListingAlertsLender() {
        Member enterprise = verifiedMember("ENTERPRISE", "经营异常规则测试有限公司");
        Member bank = verifiedMember("BANK", "经营异常规则测试银行");
        LoanSummary loan = disbursedLoan(enterprise, bank);
        String creditCode = organizations.find(enterprise.organizationId()).orElseThrow().getCreditCode();
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        byte[] list = ("统一社会信用代码,企业名称,列入日期,列入原因\n" + creditCode + ",经营异常规则测试有限公司,2026-11-15,"
                + "通过登记的住所或者经营场所无法联系\n" + "91350100M000100Y4Z,无效代码公司,2026-11-15,无\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Response imported = operator.upload("/api/v1/risk/abnormal-operations", "list.csv", list);
        Response byBank = api().signedInAs(bank.username(), TestData.PASSWORD)
                .upload("/api/v1/risk/abnormal-operations", "list.csv", list);
        Optional<Alert> alert = sweep.checkAbnormalOperation(loan);

        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().get("added").asInt()).isEqualTo(1);
        assertThat(imported.body().get("rejectedRows").get(0).asInt()).isEqualTo(3);
        assertThat(byBank.status()).isEqualTo(403);
        assertThat(alert.map(Alert::getRule)).contains(RuleCode.ABNORMAL_OPERATION);
        assertThat(alert.get().getRecipients()).containsExactly(bank.organizationId());
        assertThat(alert.get().getMessageArguments()).contains("2026-11-15");
    }

    private java.time.LocalDate firstDueDate(Member enterprise, LoanSummary loan) {
        JsonNode schedule = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .get("/api/v1/loan-applications/" + loan.id() + "/schedule").body();
        return java.time.LocalDate.parse(schedule.get(0).get("dueDate").asString());
    }

    /** Takes a loan through the API from application to disbursement on 2026-01-10. */
    private LoanSummary disbursedLoan(Member enterprise, Member bank) {
        String checker = addColleague(bank, Role.BANK);
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, enterprise);
        ApiClient applicant = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        ApiClient maker = api().signedInAs(bank.username(), TestData.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", bank.organizationId());
        body.put("amount", "500000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.045);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(patent.getId()));
        Response applied = applicant.post("/api/v1/loan-applications", body);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);

        JsonNode valued = step(maker, applied.body(), "valuation", Map.of("conservativeValue", 2000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-RISK-0001"));
        JsonNode prepared = step(maker, valued, "preparation", Map.of("approvedAmount", 500000,
                "approvedRate", 0.045));
        JsonNode approved = step(api().signedInAs(checker, TestData.PASSWORD), prepared, "approval",
                Map.of("note", "同意"));
        JsonNode registered = step(maker, approved, "pledge-registration", Map.of(
                "registrationNumber", "Y2026990" + patent.getId(), "registeredOn", "2026-01-05"));
        JsonNode disbursed = step(maker, registered, "disbursement", Map.of("disbursedOn", "2026-01-10"));
        return loans.find(disbursed.get("id").asLong()).orElseThrow();
    }

    private static JsonNode step(ApiClient client, JsonNode application, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", application.get("version").asLong());
        Response response = client.post("/api/v1/loan-applications/" + application.get("id").asLong() + "/" + step,
                body);
        assertThat(response.status()).as(step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }
}
