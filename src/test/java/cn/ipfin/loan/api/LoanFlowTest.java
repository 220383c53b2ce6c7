package cn.ipfin.loan.api;

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
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Base of the loan API tests that walk an application through the workflow: the parties of one loan, the
 * application with a granted invention patent and one step at a time through the API.
 */
abstract class LoanFlowTest extends IntegrationTest {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    @Autowired
    private IpAssetService assets;

    /** An applicant with one granted patent, and a bank with a maker and a checker. */
    record Parties(Member applicantMember, Member bank, IpAsset patent, ApiClient applicant, ApiClient maker,
            ApiClient checker) {
    }

    Parties parties(String label) {
        Member enterprise = verifiedMember("ENTERPRISE", label + "流程测试有限公司");
        Member bank = verifiedMember("BANK", label + "流程测试银行");
        String checker = addColleague(bank, Role.BANK);
        return new Parties(enterprise, bank, grantedPatentOf(enterprise, "一种" + label + "用的传感装置"),
                api().signedInAs(enterprise.username(), TestData.PASSWORD),
                api().signedInAs(bank.username(), TestData.PASSWORD), api().signedInAs(checker, TestData.PASSWORD));
    }

    /** Applies for 1,000,000 yuan over 12 months at 4.5 % with equal instalments, pledging the patent. */
    JsonNode apply(Parties parties, Long productId) {
        return apply(parties, productId, null);
    }

    /** Applies as above, naming a guarantor that must accept before the bank prepares the approval. */
    JsonNode apply(Parties parties, Long productId, Long guarantorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", parties.bank().organizationId());
        body.put("productId", productId);
        body.put("guarantorOrganizationId", guarantorId);
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.045);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(parties.patent().getId()));
        Response response = parties.applicant().post("/api/v1/loan-applications", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    /** Records a conservative value of 4,000,000 yuan with a 50 % pledge-rate cap. */
    JsonNode valued(Parties parties, JsonNode application) {
        return step(parties.maker(), application, "valuation", Map.of("conservativeValue", 4000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-2026-" + nextSerial()));
    }

    /** Takes the application from submission to approval with 1,000,000 yuan at 4.5 %. */
    JsonNode approved(Parties parties, JsonNode application) {
        JsonNode prepared = step(parties.maker(), valued(parties, application), "preparation",
                Map.of("approvedAmount", 1000000, "approvedRate", 0.045));
        return step(parties.checker(), prepared, "approval", Map.of("note", "同意"));
    }

    static JsonNode step(ApiClient client, JsonNode application, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version(application));
        Response response = client.post(path(application, step), body);
        assertThat(response.status()).as(step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    static String path(JsonNode application, String step) {
        return "/api/v1/loan-applications/" + application.get("id").asLong() + "/" + step;
    }

    static long version(JsonNode application) {
        return application.get("version").asLong();
    }

    IpAsset grantedPatentOf(Member owner, String title) {
        String digits = String.format("2021%d%07d", 1, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, title, null, null, List.of(owner.organizationName()),
                List.of(), null, LocalDate.of(2022, 3, 4), null, LocalDate.of(2024, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }
}
