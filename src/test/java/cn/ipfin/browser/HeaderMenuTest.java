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

    @Test
    void keyboardEntersAndLeavesMenu() throws Exception {
        String operator = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(1280);
            signIn(page, operator);
            // The menu script attaches its key handlers once the page has loaded, after the URL has changed.
            page.waitForLoadState();
            Locator services = menuButton(page, "资讯与服务");

            services.focus();
            page.keyboard().press("ArrowDown");
            assertThat(headerLink(page, "信息咨询")).isFocused();
            page.keyboard().press("ArrowDown");
            assertThat(headerLink(page, "培训")).isFocused();
            page.keyboard().press("Escape");
            assertThat(headerLink(page, "培训")).isHidden();
            assertThat(services).isFocused();
            assertThat(services).hasAttribute("aria-expanded", "false");
        }
    }

    @Test
    void menusLinkEveryPublicPage() throws Exception {
        String operator = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page anonymous = browser.newPage(1280);
            anonymous.navigate("http://localhost:" + port + "/");
            menuButton(anonymous, "资讯与服务").click();
            assertThat(headerLink(anonymous, "统计数据")).isVisible();
            assertThat(headerLink(anonymous, "服务台")).hasCount(0);
            menuButton(anonymous, "交易与路演").click();
            assertThat(headerLink(anonymous, "交易市场审核与保证金")).hasCount(0);
            headerLink(anonymous, "拍卖大厅").click();
            assertThat(anonymous).hasURL(Pattern.compile(".*/auctions$"));

            Page staff = browser.newPage(1280);
            signIn(staff, operator);
            menuButton(staff, "交易与路演").click();
            assertThat(headerLink(staff, "交易市场审核与保证金")).isVisible();
            menuButton(staff, "资讯与服务").click();
            headerLink(staff, "服务台").click();
            assertThat(staff).hasURL(Pattern.compile(".*/service-desk$"));
        }
    }

    @Test
    void phoneSearchPlaceholderFits() throws Exception {
        try (BrowserSession browser = BrowserSession.start()) {
            Page phone = browser.newPage(375);
            phone.navigate("http://localhost:" + port + "/");

            Object overflow = phone.locator("#homeSearch").evaluate("""
                    input => {
                      const style = getComputedStyle(input);
                      const context = document.createElement('canvas').getContext('2d');
                      context.font = style.font;
                      const room = input.clientWidth - parseFloat(style.paddingLeft)
                          - parseFloat(style.paddingRight);
                      return context.measureText(input.placeholder).width - room;
                    }""");

            org.assertj.core.api.Assertions.assertThat(((Number) overflow).doubleValue())
                    .as("placeholder width beyond the search field, in CSS pixels").isLessThanOrEqualTo(0);
        }
    }

    private static Locator headerLink(Page page, String name) {
        return page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
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
