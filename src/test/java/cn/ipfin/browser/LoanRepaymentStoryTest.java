package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import cn.ipfin.loan.ServicingTestSupport;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The lender bank records a partial repayment of an overdue instalment on the loan page, after a rejected zero
 * amount, and the enterprise sees the repayment, the overdue days and an early repayment preview, with no form
 * to record anything itself.
 */
class LoanRepaymentStoryTest extends ServicingTestSupport {

    @Test
    void bankRecordsRepaymentAndEnterpriseSeesIt() throws Exception {
        DisbursedLoan loan = disbursedLoan("浏览器", LocalDate.of(2026, 1, 31));
        String loanUrl = "http://localhost:" + port + "/loans/" + loan.id();

        try (BrowserSession browser = BrowserSession.start()) {
            Page bank = signedIn(browser, loan.bank().username());
            bank.navigate(loanUrl);
            bank.locator("#rp-amount").fill("0");
            bank.locator("#rp-date").fill("2026-03-10");
            recordButton(bank).click();
            assertThat(bank.locator("#rp-amount + .invalid-feedback")).containsText("必须大于 0");

            bank.locator("#rp-amount").fill("50000.00");
            recordButton(bank).click();
            assertThat(bank.getByRole(AriaRole.STATUS)).containsText("还款已登记");
            assertThat(bank.getByTestId("loan-repayments").locator("tbody tr")).hasCount(1);
            assertThat(bank.getByTestId("loan-repayments")).containsText("153.05");
            BrowserSession.screenshot(bank, "repayment-01-bank-recorded");

            Page enterprise = signedIn(browser, loan.enterprise().username());
            enterprise.navigate(loanUrl);
            assertThat(enterprise.getByTestId("loan-repayments")).containsText("46096.95");
            assertThat(enterprise.getByTestId("status-1")).hasText("逾期");
            assertThat(enterprise.getByTestId("position-dpd")).hasClass(Pattern.compile("text-bg-danger"));
            assertThat(recordButton(enterprise)).hasCount(0);
            enterprise.locator("#er-principal").fill("100000");
            enterprise.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("试算")).click();
            assertThat(enterprise.getByTestId("early-quote")).isVisible();
            assertThat(enterprise.getByTestId("quote-total")).not().isEmpty();
            BrowserSession.screenshot(enterprise, "repayment-02-enterprise-view");
        }
    }

    private static Locator recordButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记还款").setExact(true));
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
