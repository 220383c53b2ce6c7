package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.ipfin.dashboard.DashboardFixture;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.organization.Organization;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A government officer opens the statistics dashboard from the workbench and sees the charts drawn. */
class DashboardPageTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IpAssetService assets;

    @Test
    void governmentOfficerSeesCharts() throws Exception {
        DashboardFixture fixture = new DashboardFixture(jdbc, registrations, organizations, assets);
        String label = TestData.uniqueUsername("b");
        Organization bank = fixture.organization("BANK", "图表测试银行" + label, "140105", "J");
        Organization enterprise = fixture.organization("ENTERPRISE", "图表测试有限公司" + label, "140400", "C");
        fixture.loan(enterprise, bank, "DISBURSED", "1500000.00", "1500000.00", "0.035", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 3), fixture.patent(enterprise, IpKind.INVENTION));
        fixture.loan(enterprise, bank, "DEFAULTED", "600000.00", "600000.00", "0.04", LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 4, 1), fixture.patent(enterprise, IpKind.UTILITY_MODEL));
        Member government = verifiedMember("GOVERNMENT", "图表测试科技局" + label);

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(1280);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("用户名").fill(government.username());
            page.getByLabel("密码").fill(TestData.PASSWORD);
            page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
            assertThat(page).hasURL(Pattern.compile(".*/workbench"));

            page.getByTestId("workbench-dashboard").click();
            assertThat(page).hasURL(Pattern.compile(".*/dashboard"));
            page.getByLabel("开始日期").fill("2025-01-01");
            page.getByLabel("截止日期").fill("2025-06-30");
            page.getByLabel("贷款银行").selectOption(String.valueOf(bank.getId()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();

            assertThat(page.locator("[data-figure='dashboard.figure.issuedAmount']")).hasText("2,100,000.00");
            assertThat(page.locator("[data-figure='dashboard.figure.nplRatio']")).hasText("28.57%");
            Locator drawn = page.locator("[data-chart-section='loans'][data-chart-rendered='true']");
            // ECharts marks a chart only after its animation, so wait with the page's 30 s default, not 5 s.
            drawn.nth(5).waitFor();
            assertThat(drawn).hasCount(6);
            assertThat(page.locator("[data-chart-table='bank'] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart-table='financing_model'] canvas")).hasCount(1);
            Locator noCases = page.locator("[data-chart-table='recovery_by_party']");
            assertThat(noCases).hasAttribute("data-chart-rendered", "empty");
            assertThat(noCases).hasText("暂无数据");
            assertThat(noCases.locator("canvas")).hasCount(0);
            BrowserSession.screenshot(page, "dashboard-01-charts");

            page.navigate("http://localhost:" + port + "/statistics?from=2025-01-01&to=2025-06-30");
            Locator district = page.locator("[data-chart-table='district'][data-chart-rendered='true']");
            district.waitFor();
            assertThat(district).hasCount(1);
            assertThat(page.locator("main")).not().containsText(enterprise.getName());
            BrowserSession.screenshot(page, "dashboard-02-public-statistics");
        }
    }

    @Test
    void enterpriseAndBankGetForbidden() throws Exception {
        String label = TestData.uniqueUsername("f");
        Member enterprise = verifiedMember("ENTERPRISE", "图表无权企业" + label);
        Member bank = verifiedMember("BANK", "图表无权银行" + label);

        try (BrowserSession browser = BrowserSession.start()) {
            for (Member member : List.of(enterprise, bank)) {
                Page page = browser.newPage(1280);
                page.navigate("http://localhost:" + port + "/login");
                page.getByLabel("用户名").fill(member.username());
                page.getByLabel("密码").fill(TestData.PASSWORD);
                page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录"))
                        .click();
                assertThat(page).hasURL(Pattern.compile(".*/workbench"));
                assertThat(page.getByTestId("workbench-dashboard")).hasCount(0);

                Response response = page.navigate("http://localhost:" + port + "/dashboard");

                org.assertj.core.api.Assertions.assertThat(response.status()).as(member.username()).isEqualTo(403);
            }
        }
    }
}
