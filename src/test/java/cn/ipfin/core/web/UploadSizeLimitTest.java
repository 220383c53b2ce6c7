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
    void pageUploadOverLimitShowsErrorPage() throws Exception {
        String operator = createOperator();
        long id = createArticle(api().signedInAs(operator, TestData.PASSWORD));
        PageClient page = PageClient.signedIn(port, operator);
        String path = "/operator/articles/" + id + "/attachments";

        HttpResponse<String> overRequestLimit = page.postUpload(path, "扫描件.pdf", 25 * MEGABYTE);
        HttpResponse<String> overFileLimit = page.postUpload(path, "扫描件.pdf", 20 * MEGABYTE + 512 * 1024);
        HttpResponse<String> small = page.postUpload(path, "小文件.pdf", 1024);

        for (HttpResponse<String> response : List.of(overRequestLimit, overFileLimit)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(response.body()).contains("文件超过 20 MB 上限，请压缩或拆分后重新上传。");
        }
        assertThat(small.statusCode()).as("the CSRF token of a small upload is still read").isEqualTo(302);
        assertThat(small.headers().firstValue("Location").orElse("")).contains("/operator/articles/" + id);
    }

    private long createArticle(ApiClient author) {
        String title = "上传上限测试" + TestData.uniqueUsername("");
        Response created = author.post(OPERATOR_API, Map.of("channel", "POLICY", "title", title,
                "summary", "摘要：" + title, "body", "<p>正文</p>", "source", "国家知识产权局", "tags", List.of()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }
}
