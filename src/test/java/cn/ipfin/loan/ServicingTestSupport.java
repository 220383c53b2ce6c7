package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.identity.Role;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Runs the loan workflow through the API up to disbursement, so that servicing tests start from a disbursed
 * 1,000,000 yuan, 12-month, 4.5 % equal-instalment loan with one pledged patent.
 */
public abstract class ServicingTestSupport extends IntegrationTest {

    private static int serial = (int) (System.nanoTime() % 1_000_000) + 500_000;

    @Autowired
    private IpAssetService assets;

    /** The parties and the id of a disbursed loan. */
    public record DisbursedLoan(long id, Member enterprise, Member bank, IpAsset patent, ApiClient applicant,
            ApiClient lender) {

        public String path(String tail) {
            return "/api/v1/loan-applications/" + id + "/" + tail;
        }
    }

    protected DisbursedLoan disbursedLoan(String label, LocalDate disbursedOn) {
        return disbursedLoan(label, disbursedOn, RepaymentMethod.EQUAL_INSTALLMENT);
    }

    /** Runs the same 1,000,000 yuan, 12-month, 4.5 % loan with another repayment method. */
    protected DisbursedLoan disbursedLoan(String label, LocalDate disbursedOn, RepaymentMethod method) {
        Member enterprise = verifiedMember("ENTERPRISE", label + "还款测试有限公司");
        Member bank = verifiedMember("BANK", label + "还款测试银行");
        String checker = addColleague(bank, Role.BANK);
        IpAsset patent = grantedPatentOf(enterprise);
        ApiClient applicant = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        ApiClient maker = api().signedInAs(bank.username(), TestData.PASSWORD);

        JsonNode loan = post(applicant, "/api/v1/loan-applications", application(bank, patent, method), 201);
        loan = step(maker, loan, "valuation", Map.of("conservativeValue", 2000000, "pledgeRateCap", 0.5,
                "reference", "SJPG-" + label));
        loan = step(maker, loan, "preparation", Map.of("approvedAmount", 1000000, "approvedRate", 0.045));
        loan = step(api().signedInAs(checker, TestData.PASSWORD), loan, "approval", Map.of("note", "同意"));
        loan = step(maker, loan, "pledge-registration", Map.of("registrationNumber", "Y" + System.nanoTime(),
                "registeredOn", disbursedOn.minusDays(3).toString()));
        loan = step(maker, loan, "disbursement", Map.of("disbursedOn", disbursedOn.toString()));
        return new DisbursedLoan(loan.get("id").asLong(), enterprise, bank, patent, applicant, maker);
    }

    private static Map<String, Object> application(Member bank, IpAsset patent, RepaymentMethod method) {
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", bank.organizationId());
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.045);
        body.put("method", method.name());
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(patent.getId()));
        return body;
    }

    private static JsonNode step(ApiClient client, JsonNode loan, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", loan.get("version").asLong());
        return post(client, "/api/v1/loan-applications/" + loan.get("id").asLong() + "/" + step, body, 200);
    }

    private static JsonNode post(ApiClient client, String path, Object body, int expected) {
        Response response = client.post(path, body);
        assertThat(response.status()).as(path + ": " + response.raw()).isEqualTo(expected);
        return response.body();
    }

    private IpAsset grantedPatentOf(Member owner) {
        String digits = String.format("2021%d%07d", 1, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种还款测试用的装置", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2021, 3, 4), null,
                LocalDate.of(2023, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }
}
