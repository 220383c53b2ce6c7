package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The header groups its links into menus that open by mouse or keyboard, on a desktop and on a phone. */
class HeaderMenuTest extends IntegrationTest {

    @Test
    void menuOpensAndNavigates() throws Exception {
        Member bank = verifiedMember("BANK", "菜单测试银行" + TestData.uniqueUsername(""));

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(1280);
            signIn(page, bank.username());
            Locator financing = menuButton(page, "融资服务");
            Locator loans = page.locator("header").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("质押融资"));

            assertThat(loans).isHidden();
            financing.click();
            assertThat(financing).hasAttribute("aria-expanded", "true");
            assertThat(loans).isVisible();
            page.keyboard().press("Escape");
            assertThat(loans).isHidden();

            financing.focus();
            page.keyboard().press("Enter");
            loans.click();
            assertThat(page).hasURL(Pattern.compile(".*/loans$"));
            menuButton(page, "风险管理").click();
            assertThat(page.locator("header").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("违约处置"))).isVisible();
            BrowserSession.screenshot(page, "header-menu-desktop");
        }
    }

    @Test
    void phoneMenuShowsGroups() throws Exception {
        try (BrowserSession browser = BrowserSession.start()) {
            Page phone = browser.newPage(375);
            phone.navigate("http://localhost:" + port + "/");
            phone.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("菜单"))
                    .click();
            menuButton(phone, "交易与路演").click();
            Locator market = phone.locator("header").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("产权交易"));

            assertThat(market).isVisible();
            assertThat(menuButton(phone, "风险管理")).hasCount(0);
            market.click();
            assertThat(phone).hasURL(Pattern.compile(".*/market$"));
        }
    }

    private static Locator menuButton(Page page, String name) {
        return page.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    private void signIn(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
    }
}
