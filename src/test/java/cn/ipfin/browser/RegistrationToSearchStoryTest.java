package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import cn.ipfin.ipasset.ImportApiTestAccess;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A new enterprise registers, the operator verifies it, the enterprise signs in, imports its patent list,
 * finds a patent by a two-character part of a word and opens its page.
 */
class RegistrationToSearchStoryTest extends IntegrationTest {

    private static final String ENTERPRISE = "晋源智能装备（太原）有限公司";

    @Test
    void enterpriseRegistersImportsAndFindsItsPatent() throws Exception {
        String creditCode = TestData.uniqueCreditCode();
        String username = TestData.uniqueUsername("jinyuan");
        String operator = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(1280);
            registerWithMistakeThenCorrectly(page, creditCode, username);
            verifyAsOperator(browser.newPage(1280), operator, creditCode);
            signIn(page, username);
            importPatentList(page);
            searchAndOpenDetail(browser.newPage(375));
        }
    }

    private void registerWithMistakeThenCorrectly(Page page, String creditCode, String username) {
        page.navigate(url("/register"));
        page.getByLabel("机构名称").fill(ENTERPRISE);
        page.getByLabel("统一社会信用代码").fill(creditCode.substring(0, 17) + "Z");
        page.getByLabel("所在地区").selectOption("140110");
        page.getByLabel("所属行业").selectOption("C");
        page.getByLabel("联系人").fill("刘工");
        page.getByLabel("联系电话").fill("0351-6612345");
        page.getByLabel("管理员用户名").fill(username);
        page.getByLabel("管理员密码").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交注册")).click();

        assertThat(page.getByTestId("creditCode-error")).containsText("无效字符");
        BrowserSession.screenshot(page, "01-registration-error");

        page.getByLabel("统一社会信用代码").fill(creditCode);
        page.getByLabel("管理员密码").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交注册")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("注册已提交"))).isVisible();
    }

    private void verifyAsOperator(Page page, String operator, String creditCode) {
        signIn(page, operator);
        page.navigate(url("/operator/organizations"));
        var card = page.getByTestId("pending-" + creditCode);
        assertThat(card).containsText(ENTERPRISE);
        BrowserSession.screenshot(page, "02-operator-review");
        card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("审核通过"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已通过");
        page.context().close();
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
    }

    private void importPatentList(Page page) throws Exception {
        assertThat(page.getByTestId("current-organization")).hasText(ENTERPRISE);
        BrowserSession.screenshot(page, "03-workbench");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导入专利清单")).first().click();
        byte[] original = java.nio.file.Files.readAllBytes(Paths.get(getClass()
                .getResource("/fixtures/patent-lists/patentics-style-utf8-bom.csv").toURI()));
        Path list = java.nio.file.Files.createTempDirectory("ipfin-story").resolve("专利清单.csv");
        java.nio.file.Files.write(list, ImportApiTestAccess.withFreshNumbers(original));
        page.getByLabel("专利清单文件").setInputFiles(list);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始导入")).click();

        assertThat(page.getByTestId("import-status")).hasText("导入完成", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.getByTestId("import-rejected")).hasText("0");
        // The job page polls until the search index has the stored rows, which the search below needs.
        assertThat(page.getByTestId("import-progress")).hasAttribute("data-search-index", "INDEXED",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        BrowserSession.screenshot(page, "04-import-finished");
    }

    private void searchAndOpenDetail(Page phone) {
        phone.navigate(url("/ip-assets"));
        phone.getByLabel("检索关键词").fill("分拣");
        phone.getByLabel("权利人").fill(ENTERPRISE);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();

        var hit = phone.getByTestId("search-hit").first();
        assertThat(hit.locator("mark").first()).hasText("分拣");
        BrowserSession.screenshot(phone, "05-search-phone");
        hit.getByRole(AriaRole.LINK).first().click();

        assertThat(phone.getByTestId("asset-title")).containsText("零件分拣装置");
        assertThat(phone.getByTestId("asset-filing-date")).hasText("2021-03-05");
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        BrowserSession.screenshot(phone, "06-detail-phone");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
