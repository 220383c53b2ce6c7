package cn.ipfin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest.Member;
import tools.jackson.databind.JsonNode;

/**
 * Runs a 1,000,000-yuan, 12-month, 4.5 % pledge loan through the API from application to disbursement on a
 * chosen date, under a product of the lending bank with a chosen financing model.
 */
public final class LoanFixture {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    /** The parties of one loan and its state after disbursement. */
    public record Loan(Member enterprise, Member bank, String checker, Long productId, IpAsset patent,
            JsonNode application) {

        public long id() {
            return application.get("id").asLong();
        }
    }

    private final IntegrationTest test;
    private final IpAssetService assets;

    public LoanFixture(IntegrationTest test, IpAssetService assets) {
        this.test = test;
        this.assets = assets;
    }

    /**
     * Creates the parties, a published product with the financing model, and a loan disbursed on the given day
     * with the guarantor or insurer, if any, named on the application and accepting it.
     */
    public Loan disbursed(String label, String financingModel, Member guarantor, LocalDate disbursedOn) {
        Member enterprise = test.verifiedMember("ENTERPRISE", label + "贷款测试科技有限公司");
        Member bank = test.verifiedMember("BANK", label + "贷款测试银行");
        String checker = test.addColleague(bank, Role.BANK);
        ApiClient maker = test.api().signedInAs(bank.username(), TestData.PASSWORD);
        ApiClient applicant = test.api().signedInAs(enterprise.username(), TestData.PASSWORD);
        Long productId = publishedProduct(maker, label, financingModel);
        IpAsset patent = grantedPatentOf(enterprise);

        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", bank.organizationId());
        body.put("productId", productId);
        body.put("guarantorOrganizationId", guarantor == null ? null : guarantor.organizationId());
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.045);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(patent.getId()));
        Response applied = applicant.post("/api/v1/loan-applications", body);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);

        JsonNode application = step(maker, applied.body(), "valuation", Map.of("conservativeValue", 2000000,
                "pledgeRateCap", 0.5, "reference", "PG-" + label));
        if (guarantor != null) {
            application = step(test.api().signedInAs(guarantor.username(), TestData.PASSWORD), application,
                    "guarantee", Map.of("accepted", true, "note", "同意承保"));
        }
        application = step(maker, application, "preparation", Map.of("approvedAmount", 1000000,
                "approvedRate", 0.045));
        application = step(test.api().signedInAs(checker, TestData.PASSWORD), application, "approval",
                Map.of("note", "同意"));
        application = step(maker, application, "pledge-registration", Map.of("registrationNumber",
                "Y" + System.nanoTime() % 100_000_000_000L, "registeredOn", disbursedOn.minusDays(3).toString()));
        application = step(maker, application, "disbursement", Map.of("disbursedOn", disbursedOn.toString()));
        return new Loan(enterprise, bank, checker, productId, patent, application);
    }

    private static Long publishedProduct(ApiClient bank, String label, String financingModel) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "IP_PLEDGE_LOAN");
        body.put("name", label + "知识产权质押贷");
        body.put("description", "以有效发明专利质押");
        body.put("minAmount", "100000");
        body.put("maxAmount", "5000000");
        body.put("minTermMonths", 6);
        body.put("maxTermMonths", 36);
        body.put("minSpreadBp", -100);
        body.put("maxSpreadBp", 300);
        body.put("guaranteeFeeRate", "0.01");
        body.put("valuationFee", "5000");
        body.put("eligibleIpKinds", List.of("INVENTION"));
        body.put("pledgeRateCaps", Map.of("INVENTION", "0.5"));
        body.put("industries", List.of());
        body.put("districts", List.of());
        body.put("financingModel", financingModel);
        body.put("repaymentMethods", List.of("EQUAL_INSTALLMENT"));
        Response created = bank.post("/api/v1/products", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Response published = bank.post("/api/v1/products/" + id + "/publish?version="
                + created.body().get("version").asLong(), Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return id;
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
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种违约处置测试用的方法", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2021, 3, 4), null,
                LocalDate.of(2023, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }
}
