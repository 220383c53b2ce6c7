package cn.ipfin.content.web;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleChannel;
import cn.ipfin.content.ArticleQuery;
import cn.ipfin.content.ArticleSearchService;
import cn.ipfin.content.ArticleService;
import cn.ipfin.content.api.AttachmentResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public, server-rendered article pages that search engines index: the list with channel tabs and search,
 * and one article with its own title, meta description and canonical link.
 */
@Controller
class ArticlePageController {

    private static final int PAGE_SIZE = 10;

    private final ArticleService articles;
    private final ArticleSearchService search;

    ArticlePageController(ArticleService articles, ArticleSearchService search) {
        this.articles = articles;
        this.search = search;
    }

    @GetMapping("/articles")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ArticleChannel channel,
            @RequestParam(required = false) String tag, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", search.search(new ArticleQuery(q, channel, tag, page, PAGE_SIZE)));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("channel", channel);
        model.addAttribute("tag", tag == null || tag.isBlank() ? null : tag.strip());
        model.addAttribute("channels", ArticleChannel.values());
        model.addAttribute("canonicalUrl", absolute("/articles"));
        return "content/articles";
    }

    @GetMapping("/articles/{id}")
    String detail(@PathVariable Long id, Model model) {
        Article article = articles.getPublished(id);
        model.addAttribute("article", article);
        model.addAttribute("attachments", articles.attachmentsOf(id));
        model.addAttribute("related", search.related(article, 5));
        model.addAttribute("canonicalUrl", absolute("/articles/" + id));
        return "content/article";
    }

    @GetMapping("/articles/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return AttachmentResponses.download(articles.download(id, attachmentId, false));
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
