package cn.ipfin.content.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleService;
import cn.ipfin.content.FinancingCase;
import cn.ipfin.content.FinancingCaseService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} in the sitemaps.org 0.9 format: the public list pages, every published article and the
 * published financing cases, with the date each last changed.
 *
 * <p>NOTE: one sitemap holds at most 50,000 URLs; past that the articles need a sitemap index.
 */
@Controller
class SitemapController {

    private static final int MAX_CASES = 10_000;

    private final ArticleService articles;
    private final FinancingCaseService cases;

    SitemapController(ArticleService articles, FinancingCaseService cases) {
        this.articles = articles;
        this.cases = cases;
    }

    @GetMapping(value = "/sitemap.xml")
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, "/articles", null);
        url(xml, "/financing-cases", null);
        url(xml, "/financing-models", null);
        url(xml, "/financing-models/compare", null);
        for (Article article : articles.allPublished()) {
            url(xml, "/articles/" + article.getId(), article.getUpdatedAt());
        }
        for (FinancingCase financingCase : cases.published(PageRequest.of(0, MAX_CASES,
                Sort.by(Sort.Direction.DESC, "publishedAt")))) {
            url(xml, "/financing-cases/" + financingCase.getId(), financingCase.getUpdatedAt());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, String path, java.time.Instant lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(ArticlePageController.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_LOCAL_DATE.format(lastModified.atOffset(ZoneOffset.UTC)))
                    .append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
