package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

class ManualEntryApiTest extends IntegrationTest {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    @Test
    void enterpriseRegistersOwnPatent() {
        Member enterprise = verifiedMember("ENTERPRISE", "手工登记（太原）测试有限公司");
        Map<String, Object> form = patent(enterprise, "ZL " + nextNumber(1).replace(".", ""));

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/ip-assets", form);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("number").asString()).matches("20\\d{10}\\.[0-9X]");
        assertThat(response.body().get("ownerOrganizationId").asLong()).isEqualTo(enterprise.organizationId());
        assertThat(response.body().get("legalStatus").asString()).isEqualTo("VALID");
        assertThat(response.body().get("expiryDate").asString()).isEqualTo("2041-03-04");
        assertThat(response.body().get("statusHistory")).hasSize(1);
    }

    @Test
    void ownerNameMatchesAcrossBracketWidths() {
        Member enterprise = verifiedMember("ENTERPRISE", "括号（全角）测试有限公司");
        Map<String, Object> form = patent(enterprise, nextNumber(1));
        form.put("owners", "括号(全角)测试有限公司");

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/ip-assets", form);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("ownerOrganizationId").asLong()).isEqualTo(enterprise.organizationId());
    }

    @Test
    void enterpriseCannotRegisterSomeoneElsesPatent() {
        Member enterprise = verifiedMember("ENTERPRISE", "他人专利测试有限公司");
        Map<String, Object> form = patent(enterprise, nextNumber(1));
        form.put("owners", "另一家公司");

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/ip-assets", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("owners");
    }

    @Test
    void wrongCheckCharacterNamesTheRightOne() {
        Member enterprise = verifiedMember("ENTERPRISE", "校验位测试有限公司");
        Map<String, Object> form = patent(enterprise, "201910123456.7");

        Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/ip-assets", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(response.body().get("errors").get(0).get("message").asString()).contains("校验位应为 X");
    }

    @Test
    void duplicateNumberIsConflict() {
        Member enterprise = verifiedMember("ENTERPRISE", "重复登记测试有限公司");
        var client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        Map<String, Object> form = patent(enterprise, nextNumber(1));

        assertThat(client.post("/api/v1/ip-assets", form).status()).isEqualTo(201);
        Response second = client.post("/api/v1/ip-assets", form);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("code").asString()).isEqualTo("ip-asset.number.duplicate");
    }

    @Test
    void anonymousAndBankCannotRegister() {
        Member enterprise = verifiedMember("ENTERPRISE", "越权登记测试有限公司");
        Member bank = verifiedMember("BANK", "越权登记测试银行");
        Map<String, Object> form = patent(enterprise, nextNumber(1));

        assertThat(api().post("/api/v1/ip-assets", form).status()).isEqualTo(401);
        assertThat(api().signedInAs(bank.username(), TestData.PASSWORD).post("/api/v1/ip-assets", form).status())
                .isEqualTo(403);
    }

    @Test
    void pendingOrganizationCannotRegister() {
        var registration = TestData.registration("ENTERPRISE", "待审核登记测试有限公司");
        api().post("/api/v1/organizations/registrations", registration);
        var client = api().signedInAs((String) registration.get("adminUsername"), TestData.PASSWORD);
        Member owner = new Member(null, "待审核登记测试有限公司", null);

        Response response = client.post("/api/v1/ip-assets", patent(owner, nextNumber(1)));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void unknownAssetIsNotFound() {
        Response response = api().get("/api/v1/ip-assets/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("code").asString()).isEqualTo("ip-asset.not-found");
    }

    static synchronized String nextNumber(int typeDigit) {
        String digits = String.format("2021%d%07d", typeDigit, serial++ % 10_000_000);
        return digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
    }

    private static Map<String, Object> patent(Member owner, String number) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", "INVENTION");
        form.put("number", number);
        form.put("title", "一种手工登记测试方法");
        form.put("owners", owner.organizationName());
        form.put("filingDate", "2021-03-04");
        form.put("claimsCount", "10");
        form.put("legalStatus", "VALID");
        return form;
    }
}
