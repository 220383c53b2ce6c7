package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An enterprise applies for a pledge loan with its patent; the bank's maker records the valuation and prepares
 * the approval, a second bank user approves, the maker records the pledge registration and the disbursement,
 * and the enterprise reads its repayment schedule.
 */
class PledgeLoanStoryTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Test
    void enterpriseGetsLoanApprovedByMakerAndChecker() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "晋阳光电贷款测试有限公司");
        Member bank = verifiedMember("BANK", "晋阳贷款测试银行");
        String checker = addColleague(bank, Role.BANK);
        IpAsset patent = grantedPatentOf(enterprise);

        try (BrowserSession browser = BrowserSession.start()) {
            Page applicant = signedIn(browser, enterprise.username());
            apply(applicant, bank, patent);
            String loanUrl = applicant.url();

            Page maker = signedIn(browser, bank.username());
            maker.navigate(loanUrl);
            maker.getByLabel("评估保守价值（元）").fill("2000000");
            maker.getByLabel("评估报告编号").fill("SJPG-2026-0100");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(maker.getByTestId("loan-state")).hasText("已评估");
            maker.getByLabel("批准金额（元）").fill("1000000");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交复核（经办）")).click();
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核通过")).click();
            assertThat(maker.getByTestId("loan-problem")).containsText("经办人");
            BrowserSession.screenshot(maker, "loan-02-maker-cannot-approve");

            Page checkerPage = signedIn(browser, checker);
            checkerPage.navigate(loanUrl);
            checkerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复核通过")).click();
            assertThat(checkerPage.getByTestId("loan-state")).hasText("已审批");

            maker.navigate(loanUrl);
            maker.getByLabel("质押登记号").fill("Y2026990000777");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(maker.getByTestId("loan-state")).hasText("已办理质押登记");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认放款")).click();
            assertThat(maker.getByTestId("loan-state")).hasText("已放款");

            applicant.navigate(loanUrl);
            assertThat(applicant.getByTestId("loan-schedule").locator("tbody tr")).hasCount(12);
            BrowserSession.screenshot(applicant, "loan-03-schedule");
            applicant.navigate("http://localhost:" + port + "/ip-assets/" + patent.getId());
            assertThat(applicant.getByTestId("asset-pledged")).isVisible();
        }
    }

    private void apply(Page page, Member bank, IpAsset patent) {
        page.navigate("http://localhost:" + port + "/loans/new");
        page.getByLabel("贷款银行").selectOption(String.valueOf(bank.organizationId()));
        page.getByLabel("申请金额（元）").fill("1000000");
        page.getByLabel("年利率（小数，如 0.045）").fill("0.045");
        page.getByLabel("贷款用途").fill("购置检测设备");
        page.getByLabel(patent.getNumber(), new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();

        assertThat(page).hasURL(Pattern.compile(".*/loans/\\d+"));
        assertThat(page.getByTestId("loan-state")).hasText("确权检查通过");
        BrowserSession.screenshot(page, "loan-01-checks");
    }

    private Page signedIn(BrowserSession browser, String username) {
        Page page = browser.newPage(1280);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
        return page;
    }

    private IpAsset grantedPatentOf(Member owner) {
        String digits = String.format("2023%d%07d", 1, (int) (System.nanoTime() % 10_000_000));
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种光电检测装置", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2023, 2, 1), null,
                LocalDate.of(2024, 8, 1), List.of(), null, 9, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }
}
