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
 * The whole pledge financing story in the browser: an enterprise applies with its patent and a guarantor, the
 * ownership checks pass, the bank's maker records the valuation, the guarantor accepts, the maker prepares and a
 * second bank user approves, the maker records the pledge registration and the disbursement, the enterprise
 * reads its schedule, the bank records the first repayment, and the enterprise's interest-subsidy claim on the
 * interest it paid is recommended by one government user and approved by another.
 */
class PledgeLoanStoryTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Test
    void enterpriseGetsLoanApprovedByMakerAndChecker() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "晋阳光电贷款测试有限公司");
        Member bank = verifiedMember("BANK", "晋阳贷款测试银行");
        String checker = addColleague(bank, Role.BANK);
        Member guarantor = verifiedMember("GUARANTOR", "晋阳贷款测试融资担保有限公司");
        Member office = verifiedMember("GOVERNMENT", "晋阳贷款测试知识产权局");
        String officeChecker = addColleague(office, Role.GOVERNMENT);
        IpAsset patent = grantedPatentOf(enterprise);

        try (BrowserSession browser = BrowserSession.start()) {
            Page applicant = signedIn(browser, enterprise.username());
            apply(applicant, bank, guarantor, patent);
            String loanUrl = applicant.url();

            Page maker = signedIn(browser, bank.username());
            maker.navigate(loanUrl);
            maker.getByLabel("评估保守价值（元）").fill("2000000");
            maker.getByLabel("评估报告编号").fill("SJPG-2026-0100");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(maker.getByTestId("loan-state")).hasText("已评估");

            Page guarantorPage = signedIn(browser, guarantor.username());
            guarantorPage.navigate(loanUrl);
            guarantorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意担保")).click();
            assertThat(guarantorPage.getByTestId("loan-state")).hasText("已担保");

            maker.navigate(loanUrl);
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
            maker.getByLabel("登记日期").fill("2026-10-15");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(maker.getByTestId("loan-state")).hasText("已办理质押登记");
            maker.locator("#do").fill("2026-10-20");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认放款")).click();
            assertThat(maker.getByTestId("loan-state")).hasText("已放款");

            applicant.navigate(loanUrl);
            assertThat(applicant.getByTestId("loan-schedule").locator("tbody tr")).hasCount(12);
            BrowserSession.screenshot(applicant, "loan-03-schedule");
            applicant.navigate("http://localhost:" + port + "/ip-assets/" + patent.getId());
            assertThat(applicant.getByTestId("asset-pledged")).isVisible();

            // The first instalment of 1,000,000 at 4.5 % over 12 months is 85,378.52, of which 3,750.00 interest.
            maker.navigate(loanUrl);
            maker.locator("#rp-amount").fill("85378.52");
            maker.locator("#rp-date").fill("2026-11-20");
            maker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记还款").setExact(true)).click();
            assertThat(maker.getByTestId("loan-repayments").locator("tbody tr")).hasCount(1);
            assertThat(maker.getByTestId("loan-repayments")).containsText("3750.00");
            BrowserSession.screenshot(maker, "loan-04-repayment");

            // The Shanxi policy pays half of the interest paid: 3,750.00 × 50 % = 1,875.00.
            applicant.navigate("http://localhost:" + port + "/subsidy-claims/new");
            applicant.getByLabel("贷款", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(loanUrl.substring(loanUrl.lastIndexOf('/') + 1));
            applicant.getByLabel("贴息政策").selectOption("shanxi");
            applicant.getByLabel("期间开始日").fill("2026-10-20");
            applicant.getByLabel("期间结束日").fill("2026-11-30");
            applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("试算")).click();
            assertThat(applicant.getByTestId("preview-amount")).hasText("可申请贴息 1875.00 元");
            applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
            assertThat(applicant.getByTestId("claim-state")).hasText("已提交");
            String claimUrl = applicant.url();

            Page reviewer = signedIn(browser, office.username());
            reviewer.navigate(claimUrl);
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("推荐审批")).click();
            assertThat(reviewer.getByTestId("claim-state")).hasText("已推荐（待复核）");
            Page approver = signedIn(browser, officeChecker);
            approver.navigate(claimUrl);
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过")).click();
            assertThat(approver.getByTestId("claim-state")).hasText("已审批");

            applicant.navigate(claimUrl);
            assertThat(applicant.getByTestId("claim-amount")).hasText("1875.00");
            assertThat(applicant.getByTestId("claim-state")).hasText("已审批");
            BrowserSession.screenshot(applicant, "loan-05-subsidy-approved");
        }
    }

    private void apply(Page page, Member bank, Member guarantor, IpAsset patent) {
        page.navigate("http://localhost:" + port + "/loans/new");
        page.getByLabel("贷款银行").selectOption(String.valueOf(bank.organizationId()));
        page.getByLabel("担保或保险机构").selectOption(String.valueOf(guarantor.organizationId()));
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
