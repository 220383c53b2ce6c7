package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An operator screens enterprises on the page and downloads the list as Excel. */
class GrowthScreeningPageTest extends IntegrationTest {

    @Test
    void operatorScreensAndExports() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面筛选测试" + TestData.uniqueUsername("p") + "有限公司");
        String operator = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(375);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("用户名").fill(operator);
            page.getByLabel("密码").fill(TestData.PASSWORD);
            page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
            assertThat(page).hasURL(Pattern.compile(".*/workbench"));

            page.navigate("http://localhost:" + port + "/growth-screening");
            page.getByLabel("营业收入复合增长率不低于").fill("0.05");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
            assertThat(page.getByTestId("growth-table")).containsText(enterprise.organizationName());
            BrowserSession.screenshot(page, "growth-01-screening");

            Download download = page.waitForDownload(() -> page.getByTestId("growth-export").click());
            assertThat(page.getByTestId("growth-table")).isVisible();
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("growth-screening.xlsx");
        }
    }
}
