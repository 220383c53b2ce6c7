package cn.ipfin.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public content pages as a visitor or a search engine gets them, without signing in. */
class ContentPagesTest extends IntegrationTest {

    @Test
    void articlePageIsIndexable() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        String title = "页面测试文章" + TestData.uniqueUsername("");
        JsonNode created = author.post("/api/v1/operator/articles", Map.of("channel", "LAW", "title", title,
                "summary", "页面测试的摘要", "body", "<p>正文</p>", "tags", List.of("页面"))).body();
        long id = created.get("id").asLong();
        long version = author.post("/api/v1/operator/articles/" + id + "/submit?version="
                + created.get("version").asLong(), Map.of()).body().get("version").asLong();
        reviewer.post("/api/v1/operator/articles/" + id + "/publish?version=" + version, Map.of());

        Response page = api().get("/articles/" + id);
        Response list = api().get("/articles?channel=LAW");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("<title>" + title + " · ");
        assertThat(page.raw()).contains("<meta name=\"description\" content=\"页面测试的摘要\">");
        assertThat(page.raw()).containsPattern("<link rel=\"canonical\" href=\"http://localhost:\\d+/articles/" + id + "\">");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw()).contains(title);
    }

    @Test
    void draftPageIsNotFound() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        long id = author.post("/api/v1/operator/articles", Map.of("channel", "LAW", "title", "页面草稿",
                "summary", "摘要", "body", "<p>正文</p>")).body().get("id").asLong();

        assertThat(api().get("/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void casePagesAndComparisonRender() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        Map<String, Object> details = new HashMap<>();
        details.putAll(Map.of("title", "页面测试案例" + TestData.uniqueUsername(""), "enterprise", "太原某企业",
                "amount", "1000000.00", "termMonths", 12, "ipDescription", "发明专利 1 件", "modelCode", "TECH_GUARANTOR",
                "lender", "某银行", "outcome", "按期结清"));
        JsonNode created = operator.post("/api/v1/operator/financing-cases", details).body();
        long id = created.get("id").asLong();
        operator.post("/api/v1/operator/financing-cases/" + id + "/publish?version=" + created.get("version").asLong(),
                Map.of());

        Response casePage = api().get("/financing-cases/" + id);
        Response caseList = api().get("/financing-cases");
        Response compare = api().get("/financing-models/compare?amount=1000000&termMonths=12&ipKind=INVENTION&ipValue=3000000");
        Response invalid = api().get("/financing-models/compare?amount=abc&termMonths=12&ipKind=INVENTION");
        Response models = api().get("/financing-models");

        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.raw()).contains("1,000,000.00 元，12 个月");
        assertThat(caseList.status()).isEqualTo(200);
        assertThat(compare.status()).isEqualTo(200);
        assertThat(compare.raw()).contains("data-model=\"INSURED_PLEDGE\"", "质押率 33.3%");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.raw()).contains("请填写大于 0、不超过 10 亿元的金额");
        assertThat(models.raw()).contains("href=\"/financing-models/compare\"");
    }
}
