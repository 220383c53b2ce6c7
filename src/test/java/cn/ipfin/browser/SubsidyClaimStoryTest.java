package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import cn.ipfin.identity.Role;
import cn.ipfin.subsidy.SubsidyIntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An enterprise previews and files an interest subsidy claim on its disbursed loan. A government user recommends
 * it but may not approve it too, so a second user of the same office approves it. The first user records the
 * payout.
 */
class SubsidyClaimStoryTest extends SubsidyIntegrationTest {

    @Test
    void claimIsFiledReviewedApprovedAndPaid() throws Exception {
        DisbursedLoan loan = disbursedLoan("晋阳贴息故事", "0.045", LocalDate.of(2025, 6, 1));
        repayInstalments(loan, 1);
        Member office = verifiedMember("GOVERNMENT", "晋阳贴息故事测试知识产权局");
        String checker = addColleague(office, Role.GOVERNMENT);

        try (BrowserSession browser = BrowserSession.start()) {
            Page enterprise = signedIn(browser, loan.enterprise().username());
            enterprise.navigate("http://localhost:" + port + "/subsidy-claims/new");
            enterprise.getByLabel("贷款", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(String.valueOf(loan.id()));
            enterprise.getByLabel("贴息政策").selectOption("shanxi");
            enterprise.getByLabel("期间开始日").fill("2025-06-01");
            enterprise.getByLabel("期间结束日").fill("2025-07-31");
            enterprise.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("试算")).click();
            assertThat(enterprise.getByTestId("preview-amount")).hasText("可申请贴息 1875.00 元");
            BrowserSession.screenshot(enterprise, "subsidy-01-preview");
            enterprise.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
            assertThat(enterprise).hasURL(Pattern.compile(".*/subsidy-claims/\\d+"));
            assertThat(enterprise.getByTestId("claim-state")).hasText("已提交");
            String claimUrl = enterprise.url();

            Page reviewer = signedIn(browser, office.username());
            reviewer.navigate("http://localhost:" + port + "/subsidy-claims?state=SUBMITTED");
            assertThat(reviewer.getByTestId("claim-table")).containsText("#" + loan.id());
            reviewer.navigate(claimUrl);
            reviewer.getByPlaceholder("备注").first().fill("材料齐全");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("推荐审批")).click();
            assertThat(reviewer.getByTestId("claim-state")).hasText("已推荐（待复核）");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过")).click();
            assertThat(reviewer.getByTestId("claim-problem")).containsText("不能再由本人审批");
            BrowserSession.screenshot(reviewer, "subsidy-02-maker-cannot-approve");

            Page checkerPage = signedIn(browser, checker);
            checkerPage.navigate(claimUrl);
            checkerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过")).click();
            assertThat(checkerPage.getByTestId("claim-state")).hasText("已审批");

            reviewer.navigate(claimUrl);
            reviewer.getByLabel("拨付凭证号").fill("BZ-2025-0101");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记拨付")).click();
            assertThat(reviewer.getByTestId("claim-state")).hasText("已拨付");
            assertThat(reviewer.getByTestId("claim-payout")).containsText("BZ-2025-0101");
            assertThat(reviewer.getByTestId("claim-history").locator("tbody tr")).hasCount(4);
            BrowserSession.screenshot(reviewer, "subsidy-03-paid");

            enterprise.navigate(claimUrl);
            assertThat(enterprise.getByTestId("claim-amount")).hasText("1875.00");
            assertThat(enterprise.getByTestId("claim-state")).hasText("已拨付");
        }
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
}
