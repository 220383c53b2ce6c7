package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An enterprise drafts a roadshow project, fixes a missing amount and submits it. The operator publishes it, an
 * investor posts a public question and the enterprise replies. The investor then finds the reply in the project's
 * Q&A and an in-app notification about it.
 */
class RoadshowQuestionStoryTest extends IntegrationTest {

    @Test
    void enterpriseAnswersInvestorQuestion() throws Exception {
        String suffix = TestData.uniqueUsername("");
        String title = "矿用气体传感器扩产" + suffix;
        Member enterprise = verifiedMember("ENTERPRISE", "晋北智感科技有限公司" + suffix);
        Member investor = verifiedMember("INVESTOR", "汾河天使投资基金" + suffix);
        String operator = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page enterprisePage = browser.newPage(1280);
            signIn(enterprisePage, enterprise.username());
            String projectUrl = draftAndSubmit(enterprisePage, title);

            Page operatorPage = browser.newPage(1280);
            signIn(operatorPage, operator);
            approve(operatorPage, title);
            operatorPage.context().close();

            Page investorPage = browser.newPage(375);
            signIn(investorPage, investor.username());
            askQuestion(investorPage, title);

            answerQuestion(enterprisePage, projectUrl);
            enterprisePage.context().close();

            readAnswerAndNotification(investorPage, projectUrl, title);
        }
    }

    private String draftAndSubmit(Page page, String title) {
        page.navigate(url("/roadshow/projects/new"));
        page.getByLabel("项目名称").fill(title);
        page.getByLabel("项目简介").fill("井下瓦斯、粉尘、温度一体化监测终端，已在 12 座煤矿部署。");
        page.getByLabel("所属行业").selectOption("C");
        page.getByLabel("融资阶段").selectOption("SERIES_A");
        page.getByLabel("融资方式").selectOption("EQUITY");
        page.getByLabel("资金用途").fill("扩建产线 60%，研发 30%，流动资金 10%。");
        page.getByLabel("核心团队").fill("王强 | 总经理 | 煤炭科学研究总院 15 年");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.getByTestId("amountSought-error")).containsText("请填写融资金额");
        BrowserSession.screenshot(page, "roadshow-01-missing-amount");

        page.getByLabel("融资金额（元）").fill("30000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("项目已保存");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();

        assertThat(page.getByTestId("project-title")).hasText(title);
        assertThat(page.getByTestId("project-status")).hasText("待审核");
        BrowserSession.screenshot(page, "roadshow-02-submitted");
        return page.url();
    }

    private void approve(Page page, String title) {
        page.navigate(url("/operator/roadshow"));
        Locator item = page.getByTestId("review-item").filter(new Locator.FilterOptions().setHasText(title));
        BrowserSession.screenshot(page, "roadshow-03-review-queue");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("审核通过并发布")).click();
        assertThat(page.getByTestId("notice")).hasText("项目已发布");
    }

    private void askQuestion(Page phone, String title) {
        phone.navigate(url("/roadshow?keyword=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8)));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        phone.getByLabel("向企业提问（公开）").fill("2025 年的毛利率是多少？");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交问题")).click();

        assertThat(phone.getByTestId("notice")).hasText("问题已提交");
        assertThat(phone.getByTestId("question")).containsText("2025 年的毛利率是多少？");
        BrowserSession.screenshot(phone, "roadshow-04-question-phone");
    }

    private void answerQuestion(Page page, String projectUrl) {
        page.navigate(projectUrl);
        page.getByLabel("回答内容").fill("2025 年毛利率 38%。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答").setExact(true)).click();

        assertThat(page.getByTestId("notice")).hasText("回答已发布");
        assertThat(page.getByTestId("answer")).hasText("企业回答：2025 年毛利率 38%。");
        BrowserSession.screenshot(page, "roadshow-05-answered");
    }

    private void readAnswerAndNotification(Page phone, String projectUrl, String title) {
        phone.navigate(projectUrl);
        assertThat(phone.getByTestId("answer")).hasText("企业回答：2025 年毛利率 38%。");

        phone.navigate(url("/notifications"));
        assertThat(phone.getByTestId("notification").first())
                .containsText("您在路演项目“" + title + "”提出的问题已获回答");
        BrowserSession.screenshot(phone, "roadshow-06-notification-phone");
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestData.PASSWORD);
        page.locator("form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
        assertThat(page).hasURL(Pattern.compile(".*/workbench"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
