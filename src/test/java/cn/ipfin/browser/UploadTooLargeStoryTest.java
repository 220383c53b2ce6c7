package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/** An operator picks a scan that is too large for an article and stays on the article with one message. */
class UploadTooLargeStoryTest extends IntegrationTest {

    private static final int MEGABYTE = 1024 * 1024;

    @Test
    void oversizedAttachmentReturnsToArticle() throws Exception {
        String operator = createOperator();
        ApiClient author = api().signedInAs(operator, TestData.PASSWORD);
        String title = "超限附件故事" + TestData.uniqueUsername("");
        long id = author.post("/api/v1/operator/articles", Map.of("channel", "POLICY", "title", title,
                "summary", "摘要：" + title, "body", "<p>正文</p>", "source", "国家知识产权局", "tags", List.of()))
                .body().get("id").asLong();

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(1280);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("用户名").fill(operator);
            page.getByLabel("密码").fill(TestData.PASSWORD);
            page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
            assertThat(page).hasURL(Pattern.compile(".*/workbench"));
            page.navigate("http://localhost:" + port + "/operator/articles/" + id);

            page.locator("#file").setInputFiles(new FilePayload("扫描件.pdf", "application/pdf",
                    new byte[21 * MEGABYTE]));
            page.locator("#file").locator("xpath=ancestor::form").locator("button[type=submit]").click();

            assertThat(page).hasURL(Pattern.compile(".*/operator/articles/" + id + "\\?uploadTooLarge=1$"));
            assertThat(page.getByTestId("upload-too-large")).hasText("文件超过 20 MB 上限，请压缩或拆分后重新上传。");
            assertThat(page.getByText("上传文件过大")).hasCount(0);
            assertThat(page.locator("#file")).isVisible();
        }
    }
}
