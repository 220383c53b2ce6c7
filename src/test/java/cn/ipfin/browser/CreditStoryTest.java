package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import cn.ipfin.credit.StatementFixtures;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * An enterprise enters three years of statements on a phone-sized page, runs the tech-SME assessment and reads
 * the result, grants the bank access to its credit file; the bank opens the file and rates the enterprise.
 */
class CreditStoryTest extends IntegrationTest {

    @Test
    void enterpriseEntersStatementsAndBankOpensCreditFile() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "晋阳智控科技有限公司" + TestData.uniqueUsername("s"));
        Member bank = verifiedMember("BANK", "晋商科创银行" + TestData.uniqueUsername("s"));
        int lastYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 1;

        try (BrowserSession browser = BrowserSession.start()) {
            Page phone = browser.newPage(375);
            signIn(phone, enterprise.username());
            enterStatements(phone, lastYear);
            runTechSmeAssessment(phone);
            grantBank(phone, bank);
            Page bankPage = browser.newPage(1280);
            signIn(bankPage, bank.username());
            openCreditFileAndRate(bankPage, enterprise);
        }
    }

    private void enterStatements(Page page, int lastYear) {
        page.navigate(url("/credit/statements"));
        Map<String, Object> figures = StatementFixtures.balancedYear();
        for (int year = lastYear - 2; year <= lastYear; year++) {
            for (Map.Entry<String, Object> figure : figures.entrySet()) {
                page.locator("#y" + year + "_" + constantOf(figure.getKey())).fill(figure.getValue().toString());
            }
        }
        page.getByLabel(lastYear + " 年所有者权益合计").fill("4000000.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存三年报表")).click();

        assertThat(page.getByTestId("y" + lastYear + "_TOTAL_ASSETS-error")).containsText("差额须在 1 元以内");
        BrowserSession.screenshot(page, "credit-01-statement-error-phone");

        page.getByLabel(lastYear + " 年所有者权益合计").fill("5000000.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存三年报表")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("财务报表已保存。");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        BrowserSession.screenshot(page, "credit-02-statements-saved-phone");
    }

    private void runTechSmeAssessment(Page page) {
        page.navigate(url("/credit/tech-sme"));
        assertThat(page.getByLabel("职工总数（人）")).hasValue("60");
        page.getByLabel("Ⅰ类知识产权数量（有效发明专利等）").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("测评并保存")).click();

        // 18 / 60 = 30 % tech staff (20) + R&D / sales 6 % (50) + one invention patent (30) = 100
        assertThat(page.getByTestId("total")).hasText("综合评分：100 分");
        assertThat(page.getByTestId("result")).containsText("符合科技型中小企业条件");
        BrowserSession.screenshot(page, "credit-03-tech-sme-result-phone");
    }

    private void grantBank(Page page, Member bank) {
        page.navigate(url("/credit/grants"));
        page.getByLabel("被授权机构").selectOption(new SelectOption().setLabel(bank.organizationName()));
        page.getByLabel("授权天数").fill("30");
        page.getByLabel("查阅目的").fill("知识产权质押贷款授信审查");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("授权").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("授权已生效。");
        BrowserSession.screenshot(page, "credit-04-grant-phone");
    }

    private void openCreditFileAndRate(Page page, Member enterprise) {
        page.navigate(url("/credit/grants"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(enterprise.organizationName())).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("知识产权质押贷款授信审查");
        assertThat(page.getByTestId("tech-sme-summary")).containsText("100 分");

        page.getByLabel("管理水平").selectOption("STRONG");
        page.getByLabel("知识产权质量").selectOption("MEDIUM");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算并保存评级")).click();

        // no growth over three equal years: 12 + 10 + 3 + 8 + 10 + 6 = 49, qualitative choices 10 + 6 + 10 + 10 = 36
        Locator rating = page.getByTestId("rating-0");
        assertThat(rating).containsText("等级 AA，总分 85");
        BrowserSession.screenshot(page, "credit-05-bank-credit-file");
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
    }

    private static String constantOf(String property) {
        return property.replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
