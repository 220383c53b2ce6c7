package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.risk.RiskFixtures;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator imports a legal-status feed in which a pledged patent lapses for unpaid annual fees; the pledgee
 * bank sees the critical alert and acknowledges it.
 */
class RiskAlertStoryTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private PledgeService pledges;

    @Test
    void bankAcknowledgesLapseOfPledgedPatent() throws Exception {
        Member owner = verifiedMember("ENTERPRISE", "晋中精密仪器预警测试有限公司");
        Member bank = verifiedMember("BANK", "晋商预警测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);
        Path feed = Files.createTempDirectory("ipfin-feed").resolve("法律状态公告.csv");
        Files.writeString(feed, "申请号,法律状态公告日,法律状态\n"
                + "CN" + patent.getNumber() + ",2026-11-20,未缴年费专利权终止\n"
                + "CN201099999999.8,2026-11-20,未缴年费专利权终止\n", StandardCharsets.UTF_8);

        try (BrowserSession browser = BrowserSession.start()) {
            Page operator = signedIn(browser, createOperator());
            operator.navigate("http://localhost:" + port + "/risk/alerts");
            operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("法律状态导入")).click();
            operator.getByLabel("法律状态文件").setInputFiles(feed);
            operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入").setExact(true)).click();
            assertThat(operator.getByTestId("feed-applied")).hasText("1");
            assertThat(operator.getByTestId("feed-rejected")).hasText("1");
            assertThat(operator.getByTestId("feed-problems")).containsText("平台登记簿中没有此申请号");
            BrowserSession.screenshot(operator, "risk-01-feed-imported");

            Page banker = signedIn(browser, bank.username());
            Locator alert = openAlertList(banker, patent.getNumber());
            assertThat(alert).containsText("严重");
            BrowserSession.screenshot(banker, "risk-02-bank-alerts");
            alert.getByRole(AriaRole.LINK).click();
            assertThat(banker.getByTestId("alert-state")).hasText("待处理");
            assertThat(banker.getByTestId("alert-asset")).hasText(patent.getNumber() + " " + patent.getTitle());
            banker.getByLabel("说明").fill("已通知企业在滞纳期内补缴并申请恢复");
            banker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认收到")).click();

            assertThat(banker.getByTestId("alert-state")).hasText("已确认");
            assertThat(banker.getByTestId("alert-comments")).containsText("已通知企业");
            BrowserSession.screenshot(banker, "risk-03-alert-acknowledged");

            banker.setViewportSize(375, 800);
            Locator narrowRow = openAlertList(banker, patent.getNumber());
            for (String cell : List.of("alert-rule", "alert-state-cell")) {
                Object lines = narrowRow.getByTestId(cell).evaluate("cell => { const range = document.createRange(); "
                        + "range.selectNodeContents(cell); return range.getClientRects().length; }");
                org.assertj.core.api.Assertions.assertThat(((Number) lines).intValue()).as(cell).isEqualTo(1);
            }
            BrowserSession.screenshot(banker, "risk-04-alert-list-375");
        }
    }

    /**
     * Opens the bank's alert list until it shows the alert about the patent. A listener raises the alert after
     * the import commits, so the first load may come before it.
     */
    private Locator openAlertList(Page page, String number) throws InterruptedException {
        Locator row = page.getByTestId("alert-row").filter(new Locator.FilterOptions().setHasText(number));
        for (int attempt = 0; attempt < 50 && row.count() == 0; attempt++) {
            page.navigate("http://localhost:" + port + "/risk/alerts");
            if (row.count() == 0) {
                Thread.sleep(200);
            }
        }
        assertThat(row).hasCount(1);
        return row;
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
