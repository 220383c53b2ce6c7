package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

class RoadshowProjectApiTest extends IntegrationTest {

    @Test
    void projectGoesThroughReviewToPublicList() {
        Member enterprise = verifiedMember("ENTERPRISE", "晋能传感路演测试有限公司" + TestData.uniqueUsername(""));
        ApiClient client = signIn(enterprise.username());
        ApiClient operator = signIn(createOperator());
        long ipId = RoadshowFixtures.registerInvention(client, enterprise.organizationName());
        String title = "矿用气体传感器扩产" + TestData.uniqueUsername("");

        ApiClient.Response created = client.post("/api/v1/roadshow/projects",
                RoadshowFixtures.project(title, List.of(ipId)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(api().get("/api/v1/roadshow/projects/" + id).status()).isEqualTo(404);

        ApiClient.Response submitted = client.post("/api/v1/roadshow/projects/" + id + "/submit?version="
                + created.body().get("version").asLong(), Map.of());
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
        ApiClient.Response returned = operator.post("/api/v1/roadshow/projects/" + id + "/return?version="
                + submitted.body().get("version").asLong(), Map.of("reason", "请补充财务数据"));
        assertThat(returned.body().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.body().get("reviewNote").asString()).isEqualTo("请补充财务数据");

        ApiClient.Response resubmitted = client.post("/api/v1/roadshow/projects/" + id + "/submit?version="
                + returned.body().get("version").asLong(), Map.of());
        ApiClient.Response published = operator.post("/api/v1/roadshow/projects/" + id + "/publish?version="
                + resubmitted.body().get("version").asLong(), Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);

        ApiClient.Response list = api().get("/api/v1/roadshow/projects?stage=SERIES_A&industry=C&size=100&keyword="
                + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(list.body().get("content").size()).isEqualTo(1);
        assertThat(list.body().get("content").get(0).get("title").asString()).isEqualTo(title);
        ApiClient.Response detail = api().get("/api/v1/roadshow/projects/" + id);
        assertThat(detail.body().get("ipAssetIds").get(0).asLong()).isEqualTo(ipId);
        assertThat(detail.body().get("team").get(0).get("name").asString()).isEqualTo("王强");
    }

    @Test
    void publishingTwiceIsConflict() {
        Member enterprise = verifiedMember("ENTERPRISE", "二次发布测试有限公司" + TestData.uniqueUsername(""));
        ApiClient client = signIn(enterprise.username());
        ApiClient operator = signIn(createOperator());
        long id = RoadshowFixtures.publishedProject(client, operator, RoadshowFixtures.project("二次发布", List.of()));
        long version = api().get("/api/v1/roadshow/projects/" + id).body().get("version").asLong();

        ApiClient.Response again = operator.post("/api/v1/roadshow/projects/" + id + "/publish?version=" + version,
                Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("roadshow.project.wrong-status");
        ApiClient.Response edit = client.put("/api/v1/roadshow/projects/" + id + "?version=" + version,
                RoadshowFixtures.project("改标题", List.of()));
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void invalidProjectListsEveryField() {
        Member enterprise = verifiedMember("ENTERPRISE", "字段校验测试有限公司" + TestData.uniqueUsername(""));

        ApiClient.Response response = signIn(enterprise.username()).post("/api/v1/roadshow/projects",
                Map.of("title", " ", "amountSought", "-5", "industry", "ZZ"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).contains("title", "summary",
                "industry", "stage", "amountSought", "method", "useOfFunds");
        assertThat(response.raw()).contains("融资金额");
    }

    @Test
    void linkingAnotherEnterprisesPatentIsRejected() {
        Member owner = verifiedMember("ENTERPRISE", "专利权人测试有限公司" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "他人专利测试有限公司" + TestData.uniqueUsername(""));
        long foreignIp = RoadshowFixtures.registerInvention(signIn(owner.username()), owner.organizationName());

        ApiClient.Response response = signIn(other.username()).post("/api/v1/roadshow/projects",
                RoadshowFixtures.project("借用专利", List.of(foreignIp)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("ipAssetIds");
    }

    @Test
    void enterpriseCannotEditAnotherEnterprisesProject() {
        Member owner = verifiedMember("ENTERPRISE", "项目所有者测试有限公司" + TestData.uniqueUsername(""));
        Member intruder = verifiedMember("ENTERPRISE", "越权修改测试有限公司" + TestData.uniqueUsername(""));
        ApiClient ownerClient = signIn(owner.username());
        ApiClient created = ownerClient;
        ApiClient.Response draft = created.post("/api/v1/roadshow/projects", RoadshowFixtures.project("草稿", List.of()));
        long id = draft.body().get("id").asLong();
        ApiClient intruderClient = signIn(intruder.username());

        ApiClient.Response edit = intruderClient.put("/api/v1/roadshow/projects/" + id + "?version=0",
                RoadshowFixtures.project("篡改", List.of()));
        ApiClient.Response read = intruderClient.get("/api/v1/roadshow/projects/" + id);

        assertThat(edit.status()).isEqualTo(404);
        assertThat(read.status()).isEqualTo(404);

        long published = RoadshowFixtures.publishedProject(ownerClient, signIn(createOperator()),
                RoadshowFixtures.project("已发布", List.of()));
        ApiClient.Response editPublished = intruderClient.put("/api/v1/roadshow/projects/" + published
                + "?version=0", RoadshowFixtures.project("篡改", List.of()));
        assertThat(editPublished.status()).isEqualTo(403);
    }

    @Test
    void businessPlanMustBePdfUpToTwentyMegabytes() {
        Member enterprise = verifiedMember("ENTERPRISE", "商业计划书测试有限公司" + TestData.uniqueUsername(""));
        ApiClient client = signIn(enterprise.username());
        long id = client.post("/api/v1/roadshow/projects", RoadshowFixtures.project("计划书", List.of()))
                .body().get("id").asLong();
        String path = "/api/v1/roadshow/projects/" + id + "/business-plan";

        ApiClient.Response word = client.upload(path, "plan.pdf", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(word.status()).isEqualTo(400);
        assertThat(word.body().get("errors").get(0).get("message").asString()).contains("PDF");

        byte[] oversized = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, oversized, 0, 8);
        ApiClient.Response tooLarge = client.upload(path, "plan.pdf", oversized);
        // The servlet container's multipart limit (spring.servlet.multipart.max-file-size: 20MB) rejects the
        // request before any controller runs, so BusinessPlanCheckTest covers the service's own size check.
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(client.get("/api/v1/roadshow/projects/" + id).body().get("businessPlanName").isNull()).isTrue();

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ApiClient.Response accepted = client.upload(path, "商业计划书.pdf", pdf);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().get("businessPlanName").asString()).isEqualTo("商业计划书.pdf");
        assertThat(client.getBytes(path)).isEqualTo(pdf);
    }

    @Test
    void onlyOperatorsReview() {
        Member enterprise = verifiedMember("ENTERPRISE", "自审测试有限公司" + TestData.uniqueUsername(""));
        ApiClient client = signIn(enterprise.username());
        ApiClient.Response draft = client.post("/api/v1/roadshow/projects", RoadshowFixtures.project("自审", List.of()));
        long id = draft.body().get("id").asLong();
        client.post("/api/v1/roadshow/projects/" + id + "/submit?version=0", Map.of());

        assertThat(client.post("/api/v1/roadshow/projects/" + id + "/publish?version=1", Map.of()).status())
                .isEqualTo(403);
        assertThat(client.get("/api/v1/roadshow/review").status()).isEqualTo(403);
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
