package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import cn.ipfin.valuation.api.AssignmentFixtures;

/**
 * An enterprise requests a valuation of its patent, the agency quotes, the enterprise accepts, one evaluator
 * prepares the draft, a second one signs it, and a visitor checks the report on the public verification page.
 */
class ValuationAssignmentStoryTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private UserAccountService accounts;

    @Test
    void assignmentFromRequestToPublicVerification() throws Exception {
        String suffix = TestData.uniqueUsername("");
        Member enterprise = verifiedMember("ENTERPRISE", "晋北智能矿山科技有限公司" + suffix);
        Member evaluator = verifiedMember("EVALUATOR", "汾河资产评估有限公司" + suffix);
        String reviewer = AssignmentFixtures.secondEvaluator(accounts, evaluator.organizationId());
        Long assetId = AssignmentFixtures.inventionOf(assets, enterprise.organizationName()).getId();

        try (BrowserSession browser = BrowserSession.start()) {
            Page owner = signedIn(browser.newPage(1280), enterprise.username());
            String detailUrl = request(owner, evaluator.organizationId(), assetId);
            Page preparer = signedIn(browser.newPage(1280), evaluator.username());
            quote(preparer, detailUrl);
            accept(owner, detailUrl);
            draft(preparer, detailUrl);
            Page checker = signedIn(browser.newPage(375), reviewer);
            String verifyUrl = approve(checker, detailUrl);
            verifyAsVisitor(browser.newPage(375), verifyUrl);
        }
    }

    private String request(Page page, Long evaluatorId, Long assetId) {
        page.navigate(url("/valuation-assignments?assetId=" + assetId));
        page.getByLabel("评估机构").selectOption(String.valueOf(evaluatorId));
        page.getByLabel("评估目的").fill("知识产权质押融资");
        BrowserSession.screenshot(page, "valuation-01-request");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交委托")).click();
        assertThat(page.getByTestId("status")).hasText("待报价");
        return page.url();
    }

    private void quote(Page page, String detailUrl) {
        page.navigate(detailUrl);
        page.getByLabel("评估费（元）").fill("30000");
        page.getByLabel("说明（如预计工作日）").fill("10 个工作日");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交报价")).click();
        assertThat(page.getByTestId("status")).hasText("已报价");
    }

    private void accept(Page page, String detailUrl) {
        page.navigate(detailUrl);
        BrowserSession.screenshot(page, "valuation-02-quoted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接受报价")).click();
        assertThat(page.getByTestId("status")).hasText("评估中");
    }

    private void draft(Page page, String detailUrl) {
        page.navigate(detailUrl);
        page.getByLabel("各年预测收入（元，逗号分隔，年数不超过剩余保护期）")
                .fill("10000000, 10000000, 10000000, 10000000, 10000000");
        page.getByLabel("分成率").fill("0.03");
        page.getByLabel("折现率", new Page.GetByLabelOptions().setExact(true)).fill("0.16");
        page.getByLabel("参数来源").fill("企业提供的五年销售预测");
        BrowserSession.screenshot(page, "valuation-03-draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算并提交复核")).click();
        assertThat(page.getByTestId("status")).hasText("待复核");
        // 10 M × 3 % × 75 % for 5 years at 16 %, income approach weight 1
        assertThat(page.getByTestId("value")).containsText("736716.07");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核通过并签发报告")))
                .hasCount(0);
    }

    private String approve(Page page, String detailUrl) {
        page.navigate(detailUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核通过并签发报告")).click();
        assertThat(page.getByTestId("status")).hasText("已签发");
        assertThat(page.getByTestId("report-number")).containsText("PG");
        BrowserSession.screenshot(page, "valuation-04-signed");
        return page.getByTestId("verify-link").getAttribute("href");
    }

    private void verifyAsVisitor(Page page, String verifyPath) {
        page.navigate(url(verifyPath));
        assertThat(page.getByTestId("verify-valid")).containsText("736716.07");
        BrowserSession.screenshot(page, "valuation-05-verified");

        Locator hash = page.getByLabel("内容哈希（SHA-256）");
        String real = hash.inputValue();
        hash.fill((real.charAt(0) == 'a' ? "b" : "a") + real.substring(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证").setExact(true)).click();
        assertThat(page.getByTestId("verify-invalid")).isVisible();
        BrowserSession.screenshot(page, "valuation-06-tampered");
    }

    private Page signedIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
