package cn.ipfin.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.GeneratedUpload;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

/** Uploads over the multipart limits sent to the running server, as a browser or API client would send them. */
class UploadSizeLimitTest extends IntegrationTest {

    private static final long MEGABYTE = 1024 * 1024;
    private static final String OPERATOR_API = "/api/v1/operator/articles";

    @Test
    void apiUploadOverLimitGetsProblem() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        long id = createArticle(author);

        Response tooLarge = author.upload(OPERATOR_API + "/" + id + "/attachments",
                new GeneratedUpload("扫描件.pdf", 25 * MEGABYTE));
        Response small = author.upload(OPERATOR_API + "/" + id + "/attachments",
                new GeneratedUpload("小文件.pdf", 1024));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("code").asString()).isEqualTo("upload.too-large");
        assertThat(tooLarge.body().get("detail").asString()).isEqualTo("文件超过 20 MB 上限，请压缩或拆分后重新上传。");
        assertThat(tooLarge.body().get("status").asInt()).isEqualTo(413);
        assertThat(small.status()).as("a small upload still reaches the controller").isEqualTo(400);
        assertThat(small.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void apiUploadMessageFollowsLanguage() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD).inLanguage("en");
        long id = createArticle(author);

        Response tooLarge = author.upload(OPERATOR_API + "/" + id + "/attachments",
                new GeneratedUpload("scan.pdf", 22 * MEGABYTE));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("detail").asString()).contains("20 MB");
    }

    @Test
    void pageUploadOverLimitReturnsToForm() throws Exception {
        String operator = createOperator();
        long id = createArticle(api().signedInAs(operator, TestData.PASSWORD));
        PageClient page = PageClient.signedIn(port, operator);
        String path = "/operator/articles/" + id + "/attachments";
        String form = "/operator/articles/" + id;

        HttpResponse<String> overRequestLimit = page.postUpload(path, "扫描件.pdf", 25 * MEGABYTE, page.url(form));
        HttpResponse<String> overFileLimit = page.postUpload(path, "扫描件.pdf", 20 * MEGABYTE + 512 * 1024,
                page.url(form + "?tab=files"));
        HttpResponse<String> small = page.postUpload(path, "小文件.pdf", 1024, page.url(form));

        assertThat(overRequestLimit.statusCode()).isEqualTo(303);
        assertThat(overRequestLimit.headers().firstValue("Location")).hasValue(form + "?uploadTooLarge=1");
        assertThat(overFileLimit.statusCode()).isEqualTo(303);
        assertThat(overFileLimit.headers().firstValue("Location")).hasValue(form + "?tab=files&uploadTooLarge=1");
        HttpResponse<String> formPage = page.get(form + "?uploadTooLarge=1");
        assertThat(formPage.statusCode()).isEqualTo(200);
        assertThat(formPage.body()).contains("data-testid=\"upload-too-large\"");
        assertThat(occurrences(formPage.body(), "文件超过 20 MB 上限，请压缩或拆分后重新上传。")).isEqualTo(1);
        assertThat(formPage.body()).as("the language link drops the marker").contains("href=\"" + form + "?lang=en\"");
        assertThat(page.get(form).body()).doesNotContain("data-testid=\"upload-too-large\"");
        assertThat(small.statusCode()).as("the CSRF token of a small upload is still read").isEqualTo(302);
        assertThat(small.headers().firstValue("Location").orElse("")).contains(form);
    }

    @Test
    void pageUploadWithoutLocalRefererShowsErrorPage() throws Exception {
        String operator = createOperator();
        long id = createArticle(api().signedInAs(operator, TestData.PASSWORD));
        PageClient page = PageClient.signedIn(port, operator);
        String path = "/operator/articles/" + id + "/attachments";

        HttpResponse<String> noReferer = page.postUpload(path, "扫描件.pdf", 25 * MEGABYTE);
        HttpResponse<String> otherHost = page.postUpload(path, "扫描件.pdf", 25 * MEGABYTE,
                "http://example.invalid/operator/articles/" + id);
        HttpResponse<String> otherPort = page.postUpload(path, "扫描件.pdf", 25 * MEGABYTE,
                "http://localhost:1/operator/articles/" + id);

        for (HttpResponse<String> response : List.of(noReferer, otherHost, otherPort)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(occurrences(response.body(), "文件超过 20 MB 上限，请压缩或拆分后重新上传。")).isEqualTo(1);
            assertThat(response.body()).doesNotContain("上传文件过大，单个文件不能超过 20 MB。");
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private long createArticle(ApiClient author) {
        String title = "上传上限测试" + TestData.uniqueUsername("");
        Response created = author.post(OPERATOR_API, Map.of("channel", "POLICY", "title", title,
                "summary", "摘要：" + title, "body", "<p>正文</p>", "source", "国家知识产权局", "tags", List.of()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }
}
