package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A bank publishes an IP pledge loan, correcting a minimum amount above the maximum on the way; an enterprise
 * with a valid invention patent gets the product recommended with its reasons, opens the product page and
 * previews the repayment schedule at the product's rate.
 */
class ProductRecommendationStoryTest extends IntegrationTest {

    @Test
    void bankPublishesAndEnterpriseGetsItRecommended() throws Exception {
        String suffix = TestData.uniqueUsername("");
        String productName = "晋科专利快贷" + suffix;
        Member bank = verifiedMember("BANK", "晋科银行测试支行" + suffix);
        Member enterprise = verifiedMember("ENTERPRISE", "晋科推荐测试科技有限公司" + suffix);
        registerInvention(enterprise);

        try (BrowserSession browser = BrowserSession.start()) {
            Page bankPage = browser.newPage(1280);
            signIn(bankPage, bank.username());
            publishProduct(bankPage, productName);
            bankPage.context().close();

            Page phone = browser.newPage(375);
            signIn(phone, enterprise.username());
            getRecommendation(phone, productName);
            openProductAndPreviewSchedule(phone, productName);
        }
    }

    private void publishProduct(Page page, String productName) {
        page.navigate(url("/products/new"));
        page.getByLabel("产品名称").fill(productName);
        page.getByLabel("最低金额（元）").fill("20000000");
        page.getByLabel("最高金额（元）").fill("10000000");
        page.getByLabel("最短期限（月）").fill("12");
        page.getByLabel("最长期限（月）").fill("36");
        page.getByLabel("最低加点（基点）").fill("50");
        page.getByLabel("最高加点（基点）").fill("150");
        page.getByLabel("发明专利", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("等额本息").check();
        page.getByLabel("服务地区").selectOption("140100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.getByTestId("minAmount-error")).containsText("最低金额 20,000,000.00 元高于最高金额");
        BrowserSession.screenshot(page, "product-01-amount-error");

        page.getByLabel("最低金额（元）").fill("1000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("产品已保存");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布产品")).click();

        assertThat(page.getByTestId("product-name")).hasText(productName);
        assertThat(page.getByTestId("current-rate")).hasText("年利率 3.50% – 4.50%");
        BrowserSession.screenshot(page, "product-02-published");
    }

    private void getRecommendation(Page phone, String productName) {
        phone.navigate(url("/products/recommendations"));
        phone.getByLabel("金额（元）").fill("2000000");
        phone.getByLabel("期限（月）").fill("24");
        phone.getByLabel("资金用途").fill("购置检测设备");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找产品")).click();

        Locator card = phone.getByTestId("recommendation").filter(new Locator.FilterOptions().setHasText(productName));
        assertThat(card).hasAttribute("data-outcome", "ELIGIBLE");
        assertThat(card.getByTestId("reason").nth(2)).containsText("有 1 件有效的发明专利");
        assertThat(card.getByTestId("reason").nth(3)).hasText("所在地区（太原市小店区）在产品服务范围内");
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        card.scrollIntoViewIfNeeded();
        BrowserSession.screenshot(phone, "product-03-recommendation-phone");
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(productName)).click();
    }

    private void openProductAndPreviewSchedule(Page phone, String productName) {
        assertThat(phone.getByTestId("product-name")).hasText(productName);
        BrowserSession.screenshot(phone, "product-04-product-page-phone");
        phone.getByTestId("schedule-link").click();

        assertThat(phone).hasURL(Pattern.compile(".*/loan-schedules\\?.*"));
        assertThat(phone.getByLabel("年利率（%）")).hasValue("3.5");
        assertThat(phone.getByTestId("schedule-table").locator("tbody tr")).hasCount(12);
        // 1,000,000 yuan at 3.5 % in 12 equal instalments of 84,921.63 (the last 84,921.64), computed with
        // src/test/python/repayment_schedule_golden.py: 19,059.57 yuan of interest in total.
        assertThat(phone.getByTestId("schedule-totals")).hasText("利息合计 19,059.57 元，还款总额 1,019,059.57 元");
        BrowserSession.screenshot(phone, "product-05-schedule-phone");

        phone.getByLabel("贷款本金（元）").fill("");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("试算")).click();
        assertThat(phone.getByTestId("principal-error")).containsText("请填写贷款本金");
        BrowserSession.screenshot(phone, "product-06-schedule-error-phone");
    }

    private void registerInvention(Member enterprise) {
        String digits = String.format("2023%d%07d", 1, Math.floorMod(System.nanoTime(), 10_000_000L));
        Map<String, Object> patent = Map.of("kind", "INVENTION",
                "number", digits + "." + PatentApplicationNumber.computeCheckCharacter(digits),
                "title", "一种煤矿井下气体检测装置", "owners", enterprise.organizationName(),
                "filingDate", "2021-05-10", "claimsCount", "9", "legalStatus", "VALID");
        var response = api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/ip-assets", patent);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
