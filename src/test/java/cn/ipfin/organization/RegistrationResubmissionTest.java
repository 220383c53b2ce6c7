package cn.ipfin.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RegistrationResubmissionTest extends IntegrationTest {

    @Test
    void resubmissionReturnsToReview() {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "退回重交测试科技有限公司");
        long id = register(form);
        reject(id, 0, "联系人电话无法接通，请更正");
        ApiClient member = api().signedInAs((String) form.get("adminUsername"), TestData.PASSWORD);

        Response before = member.get("/api/v1/organizations/mine");
        Map<String, Object> corrected = new HashMap<>(form);
        corrected.put("contactPhone", "0351-7654321");
        Response resubmitted = member.post("/api/v1/organizations/mine/resubmission",
                Map.of("form", corrected, "version", before.body().get("member").get("version").asLong()));

        assertThat(before.body().get("member").get("status").asString()).isEqualTo("REJECTED");
        assertThat(before.body().get("reviewNote").asString()).isEqualTo("联系人电话无法接通，请更正");
        assertThat(resubmitted.status()).isEqualTo(200);
        assertThat(resubmitted.body().get("member").get("status").asString()).isEqualTo("PENDING");
        assertThat(resubmitted.body().get("member").get("contactPhone").asString()).isEqualTo("0351-7654321");
        assertThat(member.get("/api/v1/organizations/mine").body().get("member").get("status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void resubmissionValidatesFields() {
        Map<String, Object> form = TestData.registration("INVESTOR", "退回校验测试投资有限公司");
        long id = register(form);
        reject(id, 0, "机构名称与营业执照不一致");
        ApiClient member = api().signedInAs((String) form.get("adminUsername"), TestData.PASSWORD);
        Map<String, Object> corrected = new HashMap<>(form);
        corrected.put("contactPhone", "12345");
        corrected.put("creditCode", "91350100M000100Y44");

        Response invalid = member.post("/api/v1/organizations/mine/resubmission",
                Map.of("form", corrected, "version", 1));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.raw()).contains("contactPhone", "creditCode", "统一社会信用代码");
    }

    @Test
    void pendingResubmissionConflicts() {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "待审重交测试有限公司");
        register(form);
        ApiClient member = api().signedInAs((String) form.get("adminUsername"), TestData.PASSWORD);

        Response response = member.post("/api/v1/organizations/mine/resubmission", Map.of("form", form,
                "version", 0));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asString()).isEqualTo("organization.resubmit.not-rejected");
    }

    @Test
    void resubmissionTouchesOwnRecordOnly() {
        Map<String, Object> rejectedForm = TestData.registration("ENTERPRISE", "他人退回测试有限公司");
        long rejectedId = register(rejectedForm);
        reject(rejectedId, 0, "资料不全");
        Map<String, Object> otherForm = TestData.registration("ENTERPRISE", "另一退回测试有限公司");
        long otherId = register(otherForm);
        reject(otherId, 0, "资料不全");
        ApiClient other = api().signedInAs((String) otherForm.get("adminUsername"), TestData.PASSWORD);
        Map<String, Object> hijack = new HashMap<>(rejectedForm);
        hijack.put("name", "被改名的他人机构");

        Response response = other.post("/api/v1/organizations/mine/resubmission",
                Map.of("form", hijack, "version", 1));
        Response anonymous = api().get("/api/v1/organizations/mine");

        assertThat(response.status()).isEqualTo(409);
        assertThat(anonymous.status()).isEqualTo(401);
        JsonNode untouched = api().signedInAs((String) rejectedForm.get("adminUsername"), TestData.PASSWORD)
                .get("/api/v1/organizations/mine").body().get("member");
        assertThat(untouched.get("name").asString()).isEqualTo("他人退回测试有限公司");
        assertThat(untouched.get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void resubmissionPageShowsReason() throws Exception {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "页面重交测试有限公司");
        long id = register(form);
        reject(id, 0, "请上传清晰的营业执照");
        PageClient page = PageClient.signedIn(port, (String) form.get("adminUsername"));

        HttpResponse<String> workbench = page.get("/workbench");
        HttpResponse<String> status = page.get("/organization/registration");
        HttpResponse<String> posted = page.postForm("/organization/registration", "version=1&name="
                + PageClient.encode("页面重交测试科技有限公司") + "&creditCode=" + form.get("creditCode")
                + "&district=" + form.get("district") + "&industry=" + form.get("industry") + "&contactName="
                + PageClient.encode((String) form.get("contactName")) + "&contactPhone=13912345678&introduction=");
        HttpResponse<String> after = page.get("/organization/registration");

        assertThat(workbench.body()).contains("registration-banner", "未通过审核");
        assertThat(workbench.body()).as("the workbench repeats no second, differing instruction")
                .doesNotContain("如有疑问请联系平台客服");
        assertThat(workbench.body().split("未通过审核", -1)).hasSize(2);
        assertThat(status.body()).contains("请上传清晰的营业执照", "修改后重新提交");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(after.body()).contains("已重新提交注册", "待审核", "页面重交测试科技有限公司")
                .doesNotContain("data-testid=\"resubmit\"");
    }

    @Test
    void reviewDecisionsNotifyMember() {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "审核通知测试科技有限公司");
        long id = register(form);
        ApiClient member = api().signedInAs((String) form.get("adminUsername"), TestData.PASSWORD);

        reject(id, 0, "营业执照照片模糊");
        JsonNode afterRejection = member.get("/api/v1/notifications").body();
        Map<String, Object> corrected = new HashMap<>(form);
        corrected.put("contactPhone", "0351-7654322");
        member.post("/api/v1/organizations/mine/resubmission", Map.of("form", corrected, "version", 1));
        Response verified = api().signedInAs(createOperator(), TestData.PASSWORD).post(
                "/api/v1/operator/organizations/" + id + "/review", Map.of("decision", "VERIFY", "version", 2));
        JsonNode afterVerification = member.get("/api/v1/notifications").body();

        assertThat(afterRejection).hasSize(1);
        assertThat(afterRejection.get(0).get("text").asString()).contains("未通过审核", "营业执照照片模糊");
        assertThat(afterRejection.get(0).get("link").asString()).isEqualTo("/organization/registration");
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        assertThat(afterVerification).hasSize(2);
        assertThat(afterVerification.get(0).get("text").asString()).contains("已通过审核");
    }

    @Test
    void operatorQueueMarksResubmission() throws Exception {
        Map<String, Object> form = TestData.registration("ENTERPRISE", "重交标记测试科技有限公司");
        long id = register(form);
        Map<String, Object> fresh = TestData.registration("ENTERPRISE", "首次提交测试科技有限公司");
        register(fresh);
        reject(id, 0, "联系人姓名与授权书不一致");
        ApiClient member = api().signedInAs((String) form.get("adminUsername"), TestData.PASSWORD);
        member.post("/api/v1/organizations/mine/resubmission", Map.of("form", form, "version", 1));
        String operator = createOperator();

        PageClient page = PageClient.signedIn(port, operator);
        String resubmitted = card(page, (String) form.get("creditCode"));
        String first = card(page, (String) fresh.get("creditCode"));

        assertThat(resubmitted).contains("data-testid=\"resubmitted\"", "重新提交", "联系人姓名与授权书不一致");
        assertThat(first).doesNotContain("data-testid=\"resubmitted\"");
    }

    /**
     * Returns one registration's card from the review queue, paging through it because the queue lists the
     * oldest registrations first and the shared test database contains many.
     */
    private static String card(PageClient page, String creditCode) throws Exception {
        String marker = "data-testid=\"pending-" + creditCode + "\"";
        for (int number = 0; number < 500; number++) {
            String queue = page.get("/operator/organizations?page=" + number).body();
            int start = queue.indexOf(marker);
            if (start >= 0) {
                int next = queue.indexOf("data-testid=\"pending-", start + 1);
                return next < 0 ? queue.substring(start) : queue.substring(start, next);
            }
            if (!queue.contains("data-testid=\"pending-")) {
                break;
            }
        }
        throw new AssertionError("registration " + creditCode + " is missing from the review queue");
    }

    private long register(Map<String, Object> form) {
        return api().post("/api/v1/organizations/registrations", form).body().get("id").asLong();
    }

    private void reject(long id, long version, String reason) {
        Response response = api().signedInAs(createOperator(), TestData.PASSWORD).post(
                "/api/v1/operator/organizations/" + id + "/review",
                Map.of("decision", "REJECT", "version", version, "reason", reason));
        assertThat(response.status()).isEqualTo(200);
    }
}
