package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.market.DealClosed;
import cn.ipfin.market.ListingType;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import cn.ipfin.valuation.PlatformComparableService;
import cn.ipfin.valuation.api.AssignmentFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An evaluator drafting a valuation adds a deal closed on the platform's market to the comparables field. */
class PlatformComparableStoryTest extends IntegrationTest {

    private static final String BASE = "/api/v1/valuation-assignments";

    @Autowired
    private IpAssetService assets;

    @Autowired
    private UserAccountService accounts;

    @Autowired
    private PlatformComparableService comparables;

    @Test
    void evaluatorAddsPlatformDeal() throws Exception {
        String suffix = TestData.uniqueUsername("");
        Member enterprise = verifiedMember("ENTERPRISE", "可比页面测试科技有限公司" + suffix);
        Member evaluator = verifiedMember("EVALUATOR", "可比页面测试资产评估有限公司" + suffix);
        AssignmentFixtures.secondEvaluator(accounts, evaluator.organizationId());
        Long assetId = AssignmentFixtures.inventionOf(assets, enterprise.organizationName()).getId();
        long dealId = 8_000_000_000L + Long.parseLong(suffix);
        comparables.record(new DealClosed(dealId, dealId, assetId + 1_000_000, IpKind.INVENTION, "E", "C",
                Money.of("275000.00"), LocalDate.now().plusDays(1), ListingType.TRANSFER));
        long accepted = accepted(enterprise, evaluator, assetId);

        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.newPage(1280);
            page.navigate(url("/login"));
            page.getByLabel("用户名").fill(evaluator.username());
            page.getByLabel("密码").fill(TestData.PASSWORD);
            page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
            assertThat(page).hasURL(Pattern.compile(".*/workbench"));
            page.navigate(url("/valuation-assignments/" + accepted));
            page.getByTestId("platform-comparable")
                    .filter(new Locator.FilterOptions().setHasText("275,000.00"))
                    .getByRole(AriaRole.BUTTON).first().click();

            assertThat(page.locator("#comparables"))
                    .hasValue(Pattern.compile(".*平台成交第" + dealId + "号.*, 275000.00, 1, 1, 1, 1", Pattern.DOTALL));
            BrowserSession.screenshot(page, "valuation-platform-comparable");
        }
    }

    private long accepted(Member enterprise, Member evaluator, Long assetId) {
        ApiClient requester = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        ApiClient evaluatorApi = api().signedInAs(evaluator.username(), TestData.PASSWORD);
        JsonNode requested = requester.post(BASE, Map.of("evaluatorOrganizationId", evaluator.organizationId(),
                "assetIds", List.of(assetId), "purpose", "知识产权质押融资")).body();
        JsonNode quoted = evaluatorApi.post(BASE + "/" + requested.get("id").asLong() + "/quote",
                Map.of("version", requested.get("version").asLong(), "fee", "20000.00", "note", "5 个工作日"))
                .body();
        return requester.post(BASE + "/" + quoted.get("id").asLong() + "/accept",
                Map.of("version", quoted.get("version").asLong())).body().get("id").asLong();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
