package cn.ipfin.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.loan.InstallmentBalance;
import cn.ipfin.loan.LoanServicing;
import cn.ipfin.loan.LoanServicingService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Fixtures of the subsidy tests: an enterprise with a pledge loan of 1,000,000 yuan over 12 months in equal
 * instalments, run through the loan API to disbursement, and repayments recorded on its due dates.
 */
public abstract class SubsidyIntegrationTest extends IntegrationTest {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    @Autowired
    protected IpAssetService assets;

    @Autowired
    protected LoanServicingService servicing;

    /** A disbursed loan with the enterprise and bank that are party to it. */
    protected record DisbursedLoan(long id, Member enterprise, Member bank, ApiClient enterpriseClient) {
    }

    /** Applies for, approves and disburses a loan at the rate on the date. */
    protected DisbursedLoan disbursedLoan(String label, String annualRate, LocalDate disbursedOn) {
        Member enterprise = verifiedMember("ENTERPRISE", label + "贴息测试有限公司");
        Member bank = verifiedMember("BANK", label + "贴息测试银行");
        ApiClient applicant = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        ApiClient maker = api().signedInAs(bank.username(), TestData.PASSWORD);
        ApiClient checker = api().signedInAs(addColleague(bank, Role.BANK), TestData.PASSWORD);

        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", bank.organizationId());
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", annualRate);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(grantedPatentOf(enterprise).getId()));
        Response applied = applicant.post("/api/v1/loan-applications", body);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);

        JsonNode loan = step(maker, applied.body(), "valuation", Map.of("conservativeValue", 3000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-" + label));
        loan = step(maker, loan, "preparation", Map.of("approvedAmount", 1000000, "approvedRate", annualRate));
        loan = step(checker, loan, "approval", Map.of("note", "同意"));
        loan = step(maker, loan, "pledge-registration", Map.of("registrationNumber", "Y2025" + nextSerial(),
                "registeredOn", disbursedOn.minusDays(3).toString()));
        loan = step(maker, loan, "disbursement", Map.of("disbursedOn", disbursedOn.toString()));
        assertThat(loan.get("state").asString()).isEqualTo("DISBURSED");
        return new DisbursedLoan(loan.get("id").asLong(), enterprise, bank, applicant);
    }

    /** Records the first {@code count} instalments as paid in full on their due dates. */
    protected void repayInstalments(DisbursedLoan loan, int count) {
        CurrentUser banker = accounts.loadUserByUsername(loan.bank().username());
        for (int i = 0; i < count; i++) {
            LoanServicing state = servicing.servicing(loan.id(), servicing.today(), banker).orElseThrow();
            InstallmentBalance due = state.installments().get(i);
            servicing.recordRepayment(loan.id(), state.version(), due.payment(), due.dueDate(), banker);
        }
    }

    private static JsonNode step(ApiClient client, JsonNode application, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", application.get("version").asLong());
        Response response = client.post("/api/v1/loan-applications/" + application.get("id").asLong() + "/" + step,
                body);
        assertThat(response.status()).as(step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    private IpAsset grantedPatentOf(Member owner) {
        String digits = String.format("2021%d%07d", 1, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种贴息测试用的装置", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2021, 3, 4), null,
                LocalDate.of(2023, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }
}
