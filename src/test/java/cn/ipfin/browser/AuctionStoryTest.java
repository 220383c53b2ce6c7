package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An enterprise lists its patent for auction, an operator approves the listing, two investors bid and the
 * second outbids the first, who reads the outbid notification. The lot closes and the winner finds the deal.
 */
class AuctionStoryTest extends MarketTestSupport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void patentAuctionEndsInDealForHighestBidder() throws Exception {
        Member seller = verifiedMember("ENTERPRISE", "太原拍卖故事光电科技有限公司");
        Member first = verifiedMember("INVESTOR", "太原拍卖故事一号创业投资有限公司");
        Member second = verifiedMember("INVESTOR", "阳泉拍卖故事二号创业投资有限公司");
        topUp(first, "20000");
        topUp(second, "20000");
        IpAsset patent = grantedPatentOf(seller, "一种光电拍卖故事检测装置");
        String operator = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page lister = signedIn(browser, seller.username());
            listForAuction(lister, patent);
            String listingUrl = lister.url();

            Page desk = signedIn(browser, operator);
            desk.navigate(url("/operator/market"));
            Locator pending = desk.getByTestId("pending-listing").filter(new Locator.FilterOptions()
                    .setHasText(patent.getNumber()));
            pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("审核通过")).click();
            assertThat(desk.getByTestId("pending-listing").filter(new Locator.FilterOptions()
                    .setHasText(patent.getNumber()))).hasCount(0);

            lister.navigate(listingUrl);
            assertThat(lister.getByTestId("listing-status")).hasText("挂牌中");
            lister.getByTestId("to-auction").click();
            String auctionUrl = lister.url();
            assertThat(lister.getByTestId("auction-status")).hasText("竞价中");
            assertThat(lister.getByTestId("countdown")).hasText(Pattern.compile("\\d+天 \\d{2}:\\d{2}:\\d{2}"));

            Page firstBidder = signedIn(browser, first.username());
            bid(firstBidder, auctionUrl, "100000");
            assertThat(firstBidder.getByTestId("you-lead")).isVisible();

            Page secondBidder = signedIn(browser, second.username());
            bid(secondBidder, auctionUrl, "100000");
            assertThat(secondBidder.getByTestId("auction-problem"))
                    .hasText("出价须不低于 105,000.00 元（当前价 100,000.00 元加加价幅度 5,000.00 元）。");
            BrowserSession.screenshot(secondBidder, "auction-01-bid-too-low-message");
            bid(secondBidder, auctionUrl, "125000");
            assertThat(secondBidder.getByTestId("current-price")).hasText("125,000.00");
            assertThat(secondBidder.getByTestId("bid-history")).containsText("竞买人 1 / 太原***公司");
            assertThat(secondBidder.getByTestId("bid-history")).containsText("竞买人 2 / 阳泉***公司");
            BrowserSession.screenshot(secondBidder, "auction-02-bid-history");

            firstBidder.navigate(url("/notifications"));
            assertThat(firstBidder.getByTestId("notification").first()).containsText("已被超过");
            BrowserSession.screenshot(firstBidder, "auction-03-outbid-notification");

            endAuctionNow(Long.parseLong(auctionUrl.substring(auctionUrl.lastIndexOf('/') + 1)));
            secondBidder.navigate(auctionUrl);
            assertThat(secondBidder.getByTestId("auction-status")).hasText("已成交");
            secondBidder.navigate(url("/market/my"));
            secondBidder.getByTestId("my-deal").getByRole(AriaRole.LINK).first().click();
            assertThat(secondBidder.getByTestId("deal-price")).hasText("125000.00 元");
            assertThat(secondBidder.getByTestId("deal-deposit-applied"))
                    .hasText("保证金已抵作价款 20000.00 元，尚需支付 105000.00 元");
            secondBidder.getByLabel("合同编号").fill("PM-2026-0001");
            secondBidder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            assertThat(secondBidder.getByTestId("deal-state")).hasText("已签合同");
            BrowserSession.screenshot(secondBidder, "auction-04-deal-recorded");
        }
    }

    private void listForAuction(Page page, IpAsset patent) {
        LocalDateTime now = LocalDateTime.now(ClockConfiguration.ZONE);
        page.navigate(url("/market/listings/new"));
        page.getByLabel("知识产权", new Page.GetByLabelOptions().setExact(true))
                .selectOption(String.valueOf(patent.getId()));
        page.getByLabel("拍卖", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("起拍价（元）").fill("100000");
        page.getByLabel("加价幅度（元）").fill("5000");
        page.getByLabel("保留价（元，可不填）").fill("120000");
        page.getByLabel("保证金（元）").fill("20000");
        page.getByLabel("竞价开始时间").fill(now.minusMinutes(1).format(LOCAL));
        page.getByLabel("竞价结束时间").fill(now.plusDays(2).format(LOCAL));
        page.getByLabel("项目说明").fill("光电检测发明专利整体转让，附技术交底。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交挂牌")).click();
        assertThat(page).hasURL(Pattern.compile(".*/market/listings/\\d+"));
        assertThat(page.getByTestId("listing-status")).hasText("待平台审核");
        BrowserSession.screenshot(page, "auction-00-listing-submitted");
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
