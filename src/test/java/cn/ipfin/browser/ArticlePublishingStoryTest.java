package cn.ipfin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An operator writes an article with a script in its body and submits it, finds she cannot approve it herself,
 * a second operator publishes it, and a visitor finds it in the public search with the match highlighted and
 * opens its indexable page.
 */
class ArticlePublishingStoryTest extends IntegrationTest {

    @Test
    void operatorWritesColleaguePublishesVisitorFindsIt() throws Exception {
        String word = uniqueChineseWord();
        String title = "钒液流储能企业知识产权质押融资政策" + word;
        String author = createOperator();
        String reviewer = createOperator();

        try (BrowserSession browser = BrowserSession.start()) {
            Page authorPage = browser.newPage(1280);
            signIn(authorPage, author);
            long id = writeAndSubmit(authorPage, title, word);
            authorPage.context().close();

            Page reviewerPage = browser.newPage(1280);
            signIn(reviewerPage, reviewer);
            publish(reviewerPage, id, title);
            reviewerPage.context().close();

            Page visitor = browser.newPage(375);
            findInSearch(visitor, title, word);
        }
    }

    private long writeAndSubmit(Page page, String title, String word) {
        page.navigate(url("/operator/articles/new"));
        page.getByLabel("栏目").selectOption("POLICY");
        page.getByLabel("标题").fill(title);
        page.getByLabel("摘要").fill("对储能企业以专利质押融资给予贴息的政策要点。");
        page.getByLabel("正文").fill("<h3>要点</h3><p>对" + word + "储能企业的专利质押贷款给予贴息。</p>"
                + "<script>alert('x')</script><p onclick=\"alert(1)\">第二段</p>");
        page.getByLabel("标签").fill("储能 贴息");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存");
        assertThat(page.getByTestId("article-status")).hasText("草稿");
        assertThat(page.getByLabel("正文")).not().hasValue(Pattern.compile(".*(script|onclick).*", Pattern.DOTALL));
        BrowserSession.screenshot(page, "article-01-draft-saved");
        Matcher matcher = Pattern.compile("/operator/articles/(\\d+)").matcher(page.url());
        assertThat(matcher.find()).isTrue();
        long id = Long.parseLong(matcher.group(1));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(page.getByTestId("article-status")).hasText("待审核");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过并发布")))
                .hasCount(0);
        assertThat(page.getByTestId("review-by-other")).hasText("须由另一位运营人员审核");
        assertThat(page.getByTestId("article-status")).hasText("待审核");
        BrowserSession.screenshot(page, "article-02-author-cannot-approve");
        return id;
    }

    private void publish(Page page, long id, String title) {
        page.navigate(url("/operator/articles?status=SUBMITTED"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page).hasURL(Pattern.compile(".*/operator/articles/" + id));
        assertThat(page.getByTestId("preview-body")).containsText("储能企业的专利质押贷款给予贴息");
        BrowserSession.screenshot(page, "article-03-review");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过并发布")).click();
        assertThat(page.getByTestId("article-status")).hasText("已发布");
        BrowserSession.screenshot(page, "article-04-published");

        page.navigate(url("/operator/financing-cases/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByTestId("title-error")).hasText("请填写标题。");
        assertThat(page.getByTestId("amount-error")).containsText("大于 0 的金额");
    }

    private void findInSearch(Page page, String title, String word) {
        page.navigate(url("/articles"));
        page.getByLabel("搜索文章").fill(word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();

        Locator hit = page.getByTestId("article-hit");
        assertThat(hit).hasCount(1);
        assertThat(hit.getByTestId("hit-title")).hasText(title);
        assertThat(hit.getByTestId("hit-excerpt").locator("mark").first()).isVisible();
        assertThat(hit.getByTestId("hit-excerpt")).containsText(word);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        BrowserSession.screenshot(page, "article-05-search-highlight-phone");

        hit.getByTestId("hit-title").click();
        assertThat(page.getByTestId("article-title")).hasText(title);
        assertThat(page.title()).startsWith(title + " · ");
        assertThat(page.locator("meta[name=description]")).hasAttribute("content", "对储能企业以专利质押融资给予贴息的政策要点。");
        assertThat(page.locator("link[rel=canonical]")).hasAttribute("href", Pattern.compile(".*/articles/\\d+$"));
        assertThat(page.getByTestId("article-body").locator("script")).hasCount(0);
        BrowserSession.screenshot(page, "article-06-public-page-phone");
    }

    private static String uniqueChineseWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.appendCodePoint(ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return word.toString();
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
