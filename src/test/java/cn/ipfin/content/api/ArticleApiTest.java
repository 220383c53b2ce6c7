package cn.ipfin.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArticleApiTest extends IntegrationTest {

    private static final String OPERATOR_API = "/api/v1/operator/articles";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static Map<String, Object> draft(String title, String body, String... tags) {
        return Map.of("channel", "POLICY", "title", title, "summary", "摘要：" + title, "body", body,
                "source", "国家知识产权局", "tags", List.of(tags));
    }

    @Test
    void secondOperatorPublishesAfterSubmission() {
        String suffix = TestData.uniqueUsername("");
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);

        JsonNode created = author.post(OPERATOR_API, draft("工作流测试" + suffix, "<p>正文</p>", "测试")).body();
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(api().get("/api/v1/articles/" + id).status()).isEqualTo(404);

        JsonNode submitted = author.post(OPERATOR_API + "/" + id + "/submit?version=" + created.get("version").asLong(),
                Map.of()).body();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        Response published = reviewer.post(OPERATOR_API + "/" + id + "/publish?version="
                + submitted.get("version").asLong(), Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.body().get("reviewer").isString()).isTrue();

        Response visible = api().get("/api/v1/articles/" + id);
        assertThat(visible.status()).isEqualTo(200);
        assertThat(visible.body().get("title").asString()).isEqualTo("工作流测试" + suffix);
        assertThat(visible.body().has("author")).isFalse();

        JsonNode withdrawn = reviewer.post(OPERATOR_API + "/" + id + "/withdraw?version="
                + published.body().get("version").asLong(), Map.of()).body();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(api().get("/api/v1/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void authorCannotApproveOwnArticle() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode created = author.post(OPERATOR_API, draft("自审测试" + TestData.uniqueUsername(""), "<p>正文</p>")).body();
        long id = created.get("id").asLong();
        JsonNode submitted = author.post(OPERATOR_API + "/" + id + "/submit?version=" + created.get("version").asLong(),
                Map.of()).body();

        Response approval = author.post(OPERATOR_API + "/" + id + "/publish?version="
                + submitted.get("version").asLong(), Map.of());

        assertThat(approval.status()).isEqualTo(422);
        assertThat(approval.body().get("code").asString()).isEqualTo("article.review.same-user");
        assertThat(approval.body().get("detail").asString()).contains("须由另一位运营人员审核");
        assertThat(author.get(OPERATOR_API + "/" + id).body().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void reviewButtonsOnlyForOtherOperator() throws Exception {
        String authorName = createOperator();
        String reviewerName = createOperator();
        ApiClient author = api().signedInAs(authorName, TestData.PASSWORD);
        JsonNode created = author.post(OPERATOR_API, draft("自审按钮测试" + TestData.uniqueUsername(""), "<p>正文</p>"))
                .body();
        long id = created.get("id").asLong();
        author.post(OPERATOR_API + "/" + id + "/submit?version=" + created.get("version").asLong(), Map.of());

        String authorPage = PageClient.signedIn(port, authorName).get("/operator/articles/" + id).body();
        String reviewerPage = PageClient.signedIn(port, reviewerName).get("/operator/articles/" + id).body();

        assertThat(authorPage).doesNotContain("/operator/articles/" + id + "/publish")
                .doesNotContain("/operator/articles/" + id + "/return").contains("须由另一位运营人员审核");
        assertThat(reviewerPage).contains("/operator/articles/" + id + "/publish").contains("审核通过并发布")
                .doesNotContain("须由另一位运营人员审核");
    }

    @Test
    void editorOfColleaguesDraftCannotApproveIt() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient editor = api().signedInAs(createOperator(), TestData.PASSWORD);
        String title = "改稿测试" + TestData.uniqueUsername("");
        JsonNode created = author.post(OPERATOR_API, draft(title, "<p>初稿</p>")).body();
        long id = created.get("id").asLong();
        JsonNode edited = editor.put(OPERATOR_API + "/" + id + "?version=" + created.get("version").asLong(),
                draft(title, "<p>改稿</p>")).body();
        JsonNode submitted = author.post(OPERATOR_API + "/" + id + "/submit?version=" + edited.get("version").asLong(),
                Map.of()).body();

        Response approval = editor.post(OPERATOR_API + "/" + id + "/publish?version="
                + submitted.get("version").asLong(), Map.of());

        assertThat(approval.status()).isEqualTo(422);
    }

    @Test
    void returnNeedsReasonAndShowsIt() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode created = author.post(OPERATOR_API, draft("退回测试" + TestData.uniqueUsername(""), "<p>正文</p>")).body();
        long id = created.get("id").asLong();
        long version = author.post(OPERATOR_API + "/" + id + "/submit?version=" + created.get("version").asLong(),
                Map.of()).body().get("version").asLong();

        Response blank = reviewer.post(OPERATOR_API + "/" + id + "/return?version=" + version, Map.of("reason", " "));
        Response returned = reviewer.post(OPERATOR_API + "/" + id + "/return?version=" + version,
                Map.of("reason", "请补充政策来源链接"));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.body().get("returnReason").asString()).isEqualTo("请补充政策来源链接");
    }

    @Test
    void staleVersionGetsConflict() {
        ApiClient first = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient second = api().signedInAs(createOperator(), TestData.PASSWORD);
        String title = "并发测试" + TestData.uniqueUsername("");
        JsonNode created = first.post(OPERATOR_API, draft(title, "<p>正文</p>")).body();
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();

        Response firstSave = first.put(OPERATOR_API + "/" + id + "?version=" + version, draft(title, "<p>甲</p>"));
        Response secondSave = second.put(OPERATOR_API + "/" + id + "?version=" + version, draft(title, "<p>乙</p>"));
        Response staleSubmit = second.post(OPERATOR_API + "/" + id + "/submit?version=" + version, Map.of());

        assertThat(firstSave.status()).isEqualTo(200);
        assertThat(secondSave.status()).isEqualTo(409);
        assertThat(secondSave.body().get("code").asString()).isEqualTo("concurrent.change");
        assertThat(staleSubmit.status()).isEqualTo(409);
        assertThat(first.get(OPERATOR_API + "/" + id).body().get("body").asString()).isEqualTo("<p>甲</p>");
    }

    @Test
    void transitionFromWrongStateIsConflict() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode created = operator.post(OPERATOR_API, draft("状态测试" + TestData.uniqueUsername(""), "<p>正文</p>")).body();

        Response publishDraft = reviewer.post(OPERATOR_API + "/" + created.get("id").asLong() + "/publish?version="
                + created.get("version").asLong(), Map.of());

        assertThat(publishDraft.status()).isEqualTo(409);
        assertThat(publishDraft.body().get("code").asString()).isEqualTo("article.state");
    }

    @Test
    void bodyIsSanitisedOnSave() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);

        JsonNode created = operator.post(OPERATOR_API, draft("清理测试" + TestData.uniqueUsername(""),
                "<p onclick=\"alert(1)\">安全<script>alert(2)</script></p><img src=x onerror=alert(3)>"
                        + "<a href=\"javascript:alert(4)\">链接</a>")).body();

        String body = created.get("body").asString();
        assertThat(body).doesNotContain("script", "onclick", "onerror", "javascript", "<img");
        assertThat(body).contains("<p>安全</p>", "链接");
    }

    @Test
    void invalidDraftListsEveryField() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);

        Response response = operator.post(OPERATOR_API, Map.of("title", "", "summary", "", "body",
                "<script>alert(1)</script>", "tags", List.of("一", "二", "三", "四", "五", "六", "七", "八", "九")));

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = response.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("channel", "title", "summary", "body", "tags");
        assertThat(response.body().get("errors").get(0).get("message").asString()).isEqualTo("请选择栏目。");
    }

    @Test
    void enterpriseCannotCreateOrReviewArticles() {
        Member enterprise = verifiedMember("ENTERPRISE", "文章越权测试企业" + TestData.uniqueUsername(""));
        Member bank = verifiedMember("BANK", "文章越权测试银行" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode created = operator.post(OPERATOR_API, draft("越权测试" + TestData.uniqueUsername(""), "<p>正文</p>")).body();
        long id = created.get("id").asLong();

        assertThat(enterpriseClient.post(OPERATOR_API, draft("企业投稿", "<p>正文</p>")).status()).isEqualTo(403);
        assertThat(enterpriseClient.get(OPERATOR_API + "/" + id).status()).isEqualTo(403);
        assertThat(api().signedInAs(bank.username(), TestData.PASSWORD)
                .post(OPERATOR_API + "/" + id + "/submit?version=0", Map.of()).status()).isEqualTo(403);
        assertThat(api().post(OPERATOR_API, draft("匿名投稿", "<p>正文</p>")).status()).isEqualTo(401);
        assertThat(enterpriseClient.get("/api/v1/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void attachmentIsCheckedStoredAndDownloadable() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode created = author.post(OPERATOR_API, draft("附件测试" + TestData.uniqueUsername(""), "<p>正文</p>")).body();
        long id = created.get("id").asLong();

        Response fake = author.upload(OPERATOR_API + "/" + id + "/attachments", "伪装.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        Response script = author.upload(OPERATOR_API + "/" + id + "/attachments", "x.html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        Response tooLarge = author.upload(OPERATOR_API + "/" + id + "/attachments", "大文件.pdf",
                java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1));
        Response pdf = author.upload(OPERATOR_API + "/" + id + "/attachments", "办法全文.pdf", PDF);

        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.body().get("errors").get(0).get("message").asString()).contains("内容与扩展名不符");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body().get("errors").get(0).get("message").asString()).contains("仅支持 PDF、DOC 和 DOCX");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().get("errors").get(0).get("message").asString()).contains("超过 10 MB");
        assertThat(pdf.status()).as(pdf.raw()).isEqualTo(201);
        String downloadPath = "/api/v1/articles/" + id + "/attachments/" + pdf.body().get("id").asLong();
        assertThat(api().get(downloadPath).status()).isEqualTo(404);
        assertThat(author.getBytes(pdf.body().get("url").asString())).isEqualTo(PDF);

        long version = author.get(OPERATOR_API + "/" + id).body().get("version").asLong();
        version = author.post(OPERATOR_API + "/" + id + "/submit?version=" + version, Map.of()).body().get("version")
                .asLong();
        reviewer.post(OPERATOR_API + "/" + id + "/publish?version=" + version, Map.of());

        assertThat(api().getBytes(downloadPath)).isEqualTo(PDF);
        assertThat(api().get("/api/v1/articles/" + id).body().get("attachments").get(0).get("fileName").asString())
                .isEqualTo("办法全文.pdf");
    }
}
