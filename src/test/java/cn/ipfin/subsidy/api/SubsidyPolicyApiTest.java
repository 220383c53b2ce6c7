package cn.ipfin.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Subsidy policies through the API: public reading of the presets and dated versions of the Shanxi policy. */
class SubsidyPolicyApiTest extends IntegrationTest {

    @Test
    void anyoneReadsThePresets() {
        Response list = api().get("/api/v1/subsidy-policies");
        Response beijing = api().get("/api/v1/subsidy-policies/beijing-zgc");
        Response sichuan = api().get("/api/v1/subsidy-policies/sichuan-tfzld");

        List<String> codes = new ArrayList<>();
        list.body().forEach(policy -> codes.add(policy.get("code").asString()));
        assertThat(codes).contains("shanxi", "beijing-zgc", "fujian", "sichuan-tfzld");
        JsonNode zgc = beijing.body().get("latest");
        assertThat(zgc.get("rateCapKind").asString()).isEqualTo("LPR_MULTIPLE");
        assertThat(zgc.get("rateCapMultiple").decimalValue()).isEqualByComparingTo("1.4");
        assertThat(zgc.get("share").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(zgc.get("annualCap").asString()).isEqualTo("500000.00");
        assertThat(zgc.get("editable").asBoolean()).isFalse();
        JsonNode tianfu = sichuan.body().get("latest");
        assertThat(tianfu.get("rateCapSpread").decimalValue()).isEqualByComparingTo("0.015");
        assertThat(tianfu.get("baseRate").decimalValue()).isEqualByComparingTo("0.015");
        assertThat(tianfu.get("maxTermMonths").asInt()).isEqualTo(12);
        assertThat(tianfu.get("maxLoanAmount").asString()).isEqualTo("10000000.00");
        assertThat(api().get("/api/v1/subsidy-policies/nowhere").status()).isEqualTo(404);
    }

    @Test
    void governmentAddsDatedVersionOfShanxiPolicy() {
        ApiClient government = api().signedInAs(verifiedMember("GOVERNMENT", "政策修订测试知识产权局").username(),
                TestData.PASSWORD);
        JsonNode before = api().get("/api/v1/subsidy-policies/shanxi").body().get("latest");
        LocalDate from = nextStart(before);

        Response added = government.post("/api/v1/subsidy-policies/shanxi/versions", shanxiVersion(before, from));
        Response stale = government.post("/api/v1/subsidy-policies/shanxi/versions",
                shanxiVersion(before, from.plusDays(1)));
        JsonNode after = api().get("/api/v1/subsidy-policies/shanxi").body();

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(added.body().get("versionNumber").asInt()).isEqualTo(before.get("versionNumber").asInt() + 1);
        assertThat(added.body().get("share").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(added.body().get("changeNote").asString()).isEqualTo("按新文件提高贴息比例");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(after.get("latest").get("id").asLong()).isEqualTo(added.body().get("id").asLong());
        assertThat(after.get("versions").get(1).get("effectiveTo").asString())
                .isEqualTo(from.minusDays(1).toString());
    }

    @Test
    void presetsAndOtherRolesCannotBeEdited() {
        ApiClient government = api().signedInAs(verifiedMember("GOVERNMENT", "预置政策测试知识产权局").username(),
                TestData.PASSWORD);
        ApiClient enterprise = api().signedInAs(verifiedMember("ENTERPRISE", "预置政策测试企业").username(),
                TestData.PASSWORD);
        JsonNode beijing = api().get("/api/v1/subsidy-policies/beijing-zgc").body().get("latest");
        JsonNode shanxi = api().get("/api/v1/subsidy-policies/shanxi").body().get("latest");

        Response preset = government.post("/api/v1/subsidy-policies/beijing-zgc/versions",
                shanxiVersion(beijing, LocalDate.of(2031, 1, 1)));
        Response byEnterprise = enterprise.post("/api/v1/subsidy-policies/shanxi/versions",
                shanxiVersion(shanxi, nextStart(shanxi)));
        Response anonymous = api().post("/api/v1/subsidy-policies/shanxi/versions",
                shanxiVersion(shanxi, nextStart(shanxi)));

        assertThat(preset.status()).isEqualTo(422);
        assertThat(preset.body().get("detail").asString()).contains("不可修订");
        assertThat(byEnterprise.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void invalidVersionListsEveryField() {
        ApiClient government = api().signedInAs(verifiedMember("GOVERNMENT", "政策校验测试知识产权局").username(),
                TestData.PASSWORD);
        JsonNode shanxi = api().get("/api/v1/subsidy-policies/shanxi").body().get("latest");
        Map<String, Object> body = shanxiVersion(shanxi, LocalDate.of(2020, 1, 1));
        body.put("share", 1.5);
        body.put("rateCapMultiple", null);
        body.put("changeNote", "");

        Response response = government.post("/api/v1/subsidy-policies/shanxi/versions", body);

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("share", "rateCapMultiple", "changeNote", "effectiveFrom");
    }

    /** Returns a start after every version so far and far from the claim periods other tests use. */
    private static LocalDate nextStart(JsonNode latest) {
        LocalDate dayAfter = LocalDate.parse(latest.get("effectiveFrom").asString()).plusDays(1);
        LocalDate earliest = LocalDate.of(2030, 1, 1);
        return dayAfter.isAfter(earliest) ? dayAfter : earliest;
    }

    private static Map<String, Object> shanxiVersion(JsonNode latest, LocalDate from) {
        Map<String, Object> body = new HashMap<>();
        body.put("basedOnVersionNumber", latest.get("versionNumber").asInt());
        body.put("name", "山西转型综改示范区知识产权质押融资贴息");
        body.put("region", "山西转型综改示范区");
        body.put("effectiveFrom", from.toString());
        body.put("rateCapKind", "LPR_MULTIPLE");
        body.put("rateCapMultiple", 1.5);
        body.put("techSmeRequired", true);
        body.put("base", "INTEREST_PAID");
        body.put("share", 0.6);
        body.put("annualCap", 300000);
        body.put("status", "ACTIVE");
        body.put("changeNote", "按新文件提高贴息比例");
        return body;
    }
}
