package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.Role;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.support.LoanFixture;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The pledged patent of a loan disbursed long ago lapses in the legal-status feed and the lending bank reads the
 * alert. The bank declares the unpaid loan in default, the guarantor's maker and checker approve and pay its share,
 * and after the patent is restored the bank puts it up for auction from the default case. Two investors bid, the
 * lot closes, the winner records the contract, the proceeds are allocated and the dashboard shows the closed case.
 */
class RiskToDisposalStoryTest extends MarketTestSupport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void lapsedCollateralEndsInAllocatedAuctionProceeds() throws Exception {
        Member guarantor = verifiedMember("GUARANTOR", "处置故事科技融资担保有限公司");
        String guarantorChecker = addColleague(guarantor, Role.GUARANTOR);
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置故事", "TECH_GUARANTOR", guarantor,
                LocalDate.of(2025, 6, 10));
        Member first = verifiedMember("INVESTOR", "太原处置故事一号创业投资有限公司");
        Member second = verifiedMember("INVESTOR", "大同处置故事二号创业投资有限公司");
        topUp(first, "50000");
        topUp(second, "50000");
        Member government = verifiedMember("GOVERNMENT", "处置故事市场监督管理局");
        String number = loan.patent().getNumber();

        try (BrowserSession browser = BrowserSession.start()) {
            Page operator = signedIn(browser, createOperator());
            importFeed(operator, feed("法律状态终止.csv", number, "未缴年费专利权终止"));
            assertThat(operator.getByTestId("feed-applied")).hasText("1");

            Page banker = signedIn(browser, loan.bank().username());
            Locator alert = openAlertList(banker, number);
            assertThat(alert).containsText("严重");
            BrowserSession.screenshot(banker, "disposal-01-lapse-alert");

            banker.navigate(url("/recovery/new?loanId=" + loan.id()));
            banker.getByLabel("原因").fill("逾期超过九十天且质押专利未缴年费终止，催收无果");
            banker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认宣告违约")).click();
            assertThat(banker).hasURL(Pattern.compile(".*/recovery/\\d+"));
            String caseUrl = banker.url();
            assertThat(banker.getByTestId("case-status")).hasText("损失分担中");
            assertThat(claimRow(banker, "GUARANTOR")).containsText("70 %");
            BrowserSession.screenshot(banker, "disposal-02-default-declared");

            Page maker = signedIn(browser, guarantor.username());
            maker.navigate(caseUrl);
            claimRow(maker, "GUARANTOR").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("经办通过")).click();
            Page checker = signedIn(browser, guarantorChecker);
            checker.navigate(caseUrl);
            claimRow(checker, "GUARANTOR").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("复核批准")).click();
            maker.navigate(caseUrl);
            claimRow(maker, "GUARANTOR").getByLabel("支付凭证号").fill("DB-GS-2026-07");
            claimRow(maker, "GUARANTOR").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("登记支付")).click();
            assertThat(claimRow(maker, "GUARANTOR")).containsText("已支付");
            BrowserSession.screenshot(maker, "disposal-03-guarantor-paid");

            importFeed(operator, feed("法律状态恢复.csv", number, "专利权的恢复"));
            assertThat(operator.getByTestId("feed-applied")).hasText("1");

            banker.navigate(caseUrl);
            startAuction(banker);
            assertThat(banker.getByTestId("disposal-listing-status")).hasText("待平台审核");
            assertThat(banker.getByTestId("disposal-auction-status")).hasText("待审核");
            BrowserSession.screenshot(banker, "disposal-04-auction-listed");

            operator.navigate(url("/operator/market"));
            operator.getByTestId("pending-listing").filter(new Locator.FilterOptions().setHasText(number))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("审核通过")).click();
            assertThat(operator.getByTestId("pending-listing").filter(new Locator.FilterOptions()
                    .setHasText(number))).hasCount(0);

            banker.navigate(caseUrl);
            assertThat(banker.getByTestId("disposal-listing-status")).hasText("挂牌中");
            assertThat(banker.getByTestId("disposal-auction-status")).hasText("竞价中");
            banker.getByTestId("disposal-auction").click();
            String auctionUrl = banker.url();

            Page firstBidder = signedIn(browser, first.username());
            bid(firstBidder, auctionUrl, "300000");
            assertThat(firstBidder.getByTestId("you-lead")).isVisible();
            Page secondBidder = signedIn(browser, second.username());
            bid(secondBidder, auctionUrl, "330000");
            assertThat(secondBidder.getByTestId("current-price")).hasText("330,000.00");
            BrowserSession.screenshot(secondBidder, "disposal-05-bids");

            endAuctionNow(Long.parseLong(auctionUrl.substring(auctionUrl.lastIndexOf('/') + 1)));
            secondBidder.navigate(auctionUrl);
            assertThat(secondBidder.getByTestId("auction-status")).hasText("已成交");
            secondBidder.navigate(url("/market/my"));
            secondBidder.getByTestId("my-deal").filter(new Locator.FilterOptions().setHasText("330000"))
                    .getByRole(AriaRole.LINK).first().click();
            assertThat(secondBidder.getByTestId("deal-price")).hasText("330000.00 元");
            secondBidder.getByLabel("合同编号").fill("CZ-GS-2026-0001");
            secondBidder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(secondBidder.getByTestId("deal-state")).hasText("已签合同");

            openUntilClosed(banker, caseUrl);
            assertThat(banker.getByTestId("case-proceeds")).hasText("330,000.00");
            assertThat(banker.getByTestId("proceeds-source")).hasText("产权交易市场成交");
            assertThat(banker.getByTestId("disposal-listing-status")).hasText("已成交");
            assertThat(claimRow(banker, "GUARANTOR").locator("td").nth(5)).hasText("231,000.00");
            assertThat(claimRow(banker, "BANK").locator("td").nth(5)).hasText("99,000.00");
            for (String action : new String[] {"declare", "claim", "recommend", "approve", "pay", "dispose", "sell",
                    "allocate", "close"}) {
                assertThat(banker.locator("[data-testid='history-entry'][data-action='" + action + "']").first())
                        .isVisible();
            }
            BrowserSession.screenshot(banker, "disposal-06-case-closed");

            Page officer = signedIn(browser, government.username());
            officer.navigate(url("/dashboard"));
            officer.getByLabel("开始日期").fill("2025-01-01");
            officer.getByLabel("截止日期").fill(LocalDate.now(ClockConfiguration.ZONE).toString());
            officer.getByLabel("贷款银行").selectOption(String.valueOf(loan.bank().organizationId()));
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            assertThat(officer.locator("[data-figure='dashboard.figure.issuedAmount']")).hasText("1,000,000.00");
            assertThat(officer.locator("[data-figure='dashboard.figure.nplRatio']")).hasText("100.00%");
            assertThat(officer.locator("[data-figure='dashboard.figure.closedCases']")).hasText("1");
            assertThat(officer.locator("[data-figure='dashboard.figure.disposalProceeds']")).hasText("330,000.00");
            Locator drawn = officer.locator("[data-chart-section='recovery'][data-chart-rendered='true']");
            // ECharts marks a chart only after its animation, so wait with the page's 30 s default.
            drawn.first().waitFor();
            assertThat(drawn).hasCount(1);
            assertThat(officer.locator("[data-chart-table='recovery_by_party'] canvas")).hasCount(1);
            assertThat(officer.getByTestId("section-recovery")).not().containsText("图表数据加载失败");
            assertThat(officer.getByTestId("table-recovery_by_party")).containsText("231,000.00");
            officer.getByTestId("section-recovery").scrollIntoViewIfNeeded();
            BrowserSession.screenshot(officer, "disposal-07-dashboard-recovery");
            officer.getByTestId("section-loans").scrollIntoViewIfNeeded();
            BrowserSession.screenshot(officer, "disposal-08-dashboard-loans");
        }
    }

    /** Submits the auction form once without a start price, reads the message, then with full terms. */
    private void startAuction(Page banker) {
        LocalDateTime now = LocalDateTime.now(ClockConfiguration.ZONE);
        banker.getByLabel("拍卖", new Page.GetByLabelOptions().setExact(true)).check();
        banker.getByLabel("加价幅度（元）").fill("10000");
        banker.getByLabel("保留价（元，可不填）").fill("320000");
        banker.getByLabel("保证金（元）").fill("30000");
        banker.getByLabel("竞价结束时间").fill(now.plusDays(3).format(LOCAL));
        banker.getByLabel("处置说明").fill("违约贷款质押发明专利处置拍卖，整体转让。");
        banker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意并启动处置")).click();
        assertThat(banker.getByTestId("error-startPrice")).hasText("起拍价须为大于 0 的金额（元），最多两位小数。");
        assertThat(banker.getByLabel("保证金（元）")).hasValue("30000");
        BrowserSession.screenshot(banker, "disposal-04a-validation");

        banker.getByLabel("起拍价（元）").fill("300000");
        banker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意并启动处置")).click();
        assertThat(banker.getByTestId("case-status")).hasText("处置中");
    }

    private void importFeed(Page operator, Path feed) {
        operator.navigate(url("/risk/alerts"));
        operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("法律状态导入")).click();
        operator.getByLabel("法律状态文件").setInputFiles(feed);
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入").setExact(true)).click();
    }

    private static Path feed(String fileName, String number, String eventText) throws Exception {
        Path file = Files.createTempDirectory("ipfin-feed").resolve(fileName);
        Files.writeString(file, "申请号,法律状态公告日,法律状态\nCN" + number + ","
                + LocalDate.now(ClockConfiguration.ZONE).minusDays(1) + "," + eventText + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static Locator claimRow(Page page, String party) {
        return page.locator("[data-testid='claim-row'][data-party='" + party + "']");
    }

    /** Opens the alert list until it shows the alert, which a listener raises after the import commits. */
    private Locator openAlertList(Page page, String number) throws InterruptedException {
        Locator row = page.getByTestId("alert-row").filter(new Locator.FilterOptions().setHasText(number));
        for (int attempt = 0; attempt < 50 && row.count() == 0; attempt++) {
            page.navigate(url("/risk/alerts"));
            if (row.count() == 0) {
                Thread.sleep(200);
            }
        }
        assertThat(row).hasCount(1);
        return row;
    }

    /** Opens the case until it is closed; a listener records the proceeds after the contract commits. */
    private void openUntilClosed(Page page, String caseUrl) throws InterruptedException {
        Locator closed = page.getByTestId("case-status").filter(new Locator.FilterOptions().setHasText("已结案"));
        for (int attempt = 0; attempt < 50 && closed.count() == 0; attempt++) {
            page.navigate(caseUrl);
            if (closed.count() == 0) {
                Thread.sleep(200);
            }
        }
        assertThat(page.getByTestId("case-status")).hasText("已结案");
    }

    private void bid(Page page, String auctionUrl, String amount) {
        page.navigate(auctionUrl);
        page.getByLabel("出价金额（元）").fill(amount);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认出价")).click();
    }

    private Page signedIn(BrowserSession browser, String username) {
        Page page = browser.newPage(1280);
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
