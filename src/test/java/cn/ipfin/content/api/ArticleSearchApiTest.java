package cn.ipfin.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArticleSearchApiTest extends IntegrationTest {

    private static final String OPERATOR_API = "/api/v1/operator/articles";

    /** Four random common Han characters, so a search in the shared index matches only this test's articles. */
    static String uniqueChineseWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.appendCodePoint(ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return word.toString();
    }

    private long publish(ApiClient author, ApiClient reviewer, String channel, String title, String body,
            List<String> tags) {
        JsonNode created = author.post(OPERATOR_API, Map.of("channel", channel, "title", title, "summary",
                "摘要", "body", body, "tags", tags)).body();
        long id = created.get("id").asLong();
        long version = author.post(OPERATOR_API + "/" + id + "/submit?version=" + created.get("version").asLong(),
                Map.of()).body().get("version").asLong();
        Response published = reviewer.post(OPERATOR_API + "/" + id + "/publish?version=" + version, Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return id;
    }

    @Test
    void findsPublishedArticleByChineseWordButNotDraft() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        String word = uniqueChineseWord();
        long published = publish(author, reviewer, "FINANCE", "知识产权质押贷款贴息新规",
                "<p>本省对" + word + "企业的知识产权质押贷款给予贴息支持。</p>", List.of("贴息"));
        long draft = author.post(OPERATOR_API, Map.of("channel", "FINANCE", "title", "草稿：" + word,
                "summary", "摘要", "body", "<p>" + word + "草稿正文</p>")).body().get("id").asLong();

        Response result = api().get("/api/v1/articles?q=" + word);

        assertThat(result.status()).isEqualTo(200);
        List<Long> ids = result.body().get("content").valueStream().map(hit -> hit.get("id").asLong()).toList();
        assertThat(ids).containsExactly(published);
        assertThat(ids).doesNotContain(draft);
        String excerpt = result.body().get("content").get(0).get("highlightedExcerpt").asString();
        assertThat(excerpt).contains("<mark>");
        assertThat(excerpt.replaceAll("</?mark>", "")).contains(word);
    }

    @Test
    void findsByWordInTitleAndFiltersByChannelAndTag() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        String word = uniqueChineseWord();
        String tag = "标签" + TestData.uniqueUsername("").replaceAll("[^0-9]", "");
        long law = publish(author, reviewer, "LAW", word + "登记办法解读", "<p>质押登记的条件。</p>", List.of(tag));
        long policy = publish(author, reviewer, "POLICY", word + "政策要点", "<p>风险补偿的比例。</p>", List.of());

        List<Long> all = ids(api().get("/api/v1/articles?q=" + word));
        List<Long> lawOnly = ids(api().get("/api/v1/articles?q=" + word + "&channel=LAW"));
        List<Long> tagged = ids(api().get("/api/v1/articles?tag=" + tag));
        Response hit = api().get("/api/v1/articles?q=" + word + "&channel=POLICY");

        assertThat(all).containsExactlyInAnyOrder(law, policy);
        assertThat(lawOnly).containsExactly(law);
        assertThat(tagged).containsExactly(law);
        assertThat(hit.body().get("content").get(0).get("highlightedTitle").asString()).startsWith("<mark>");
    }

    @Test
    void relatedArticlesShareTags() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        String tag = "相关" + TestData.uniqueUsername("").replaceAll("[^0-9]", "");
        long first = publish(author, reviewer, "INDUSTRY", "相关文章甲", "<p>正文甲</p>", List.of(tag));
        long second = publish(author, reviewer, "FINANCE", "相关文章乙", "<p>正文乙</p>", List.of(tag));

        JsonNode article = api().get("/api/v1/articles/" + first).body();

        assertThat(article.get("related").get(0).get("id").asLong()).isEqualTo(second);
        assertThat(article.get("related").valueStream().map(r -> r.get("id").asLong())).doesNotContain(first);
    }

    @Test
    void sitemapListsPublishedArticlesOnly() {
        ApiClient author = api().signedInAs(createOperator(), TestData.PASSWORD);
        ApiClient reviewer = api().signedInAs(createOperator(), TestData.PASSWORD);
        long published = publish(author, reviewer, "POLICY", "站点地图测试", "<p>正文</p>", List.of());
        long draft = author.post(OPERATOR_API, Map.of("channel", "POLICY", "title", "站点地图草稿", "summary", "摘要",
                "body", "<p>正文</p>")).body().get("id").asLong();

        Response sitemap = api().get("/sitemap.xml");

        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.raw()).startsWith("<?xml").contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThat(sitemap.raw()).contains("/articles/" + published + "</loc>");
        assertThat(sitemap.raw()).doesNotContain("/articles/" + draft + "</loc>");
    }

    private static List<Long> ids(Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.body().get("content").valueStream().map(hit -> hit.get("id").asLong()).toList();
    }
}
