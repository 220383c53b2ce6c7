package cn.ipfin.content.api;

import java.util.List;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleChannel;
import cn.ipfin.content.ArticleQuery;
import cn.ipfin.content.ArticleSearchResult;
import cn.ipfin.content.ArticleSearchService;
import cn.ipfin.content.ArticleService;
import cn.ipfin.content.api.ArticleViews.AttachmentView;
import cn.ipfin.content.api.ArticleViews.HitView;
import cn.ipfin.content.api.ArticleViews.PageView;
import cn.ipfin.content.api.ArticleViews.PublicArticleView;
import cn.ipfin.content.api.ArticleViews.RelatedView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published articles for anyone: search with highlighting, one article with related ones, and attachments. */
@RestController
@RequestMapping("/api/v1/articles")
@PreAuthorize("permitAll()")
class ArticleApiController {

    private static final int RELATED = 5;

    private final ArticleService articles;
    private final ArticleSearchService search;

    ArticleApiController(ArticleService articles, ArticleSearchService search) {
        this.articles = articles;
        this.search = search;
    }

    @GetMapping
    PageView<HitView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) ArticleChannel channel, @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ArticleSearchResult result = search.search(new ArticleQuery(q, channel, tag, page, size));
        return new PageView<>(result.hits().stream().map(HitView::of).toList(), result.total(), result.page(),
                result.size());
    }

    @GetMapping("/{id}")
    PublicArticleView get(@PathVariable Long id) {
        Article article = articles.getPublished(id);
        List<AttachmentView> attachments = articles.attachmentsOf(id).stream()
                .map(attachment -> AttachmentView.of(attachment, "/api/v1/articles")).toList();
        List<RelatedView> related = search.related(article, RELATED).stream().map(RelatedView::of).toList();
        return new PublicArticleView(article.getId(), article.getChannel(), article.getTitle(), article.getSummary(),
                article.getBody(), article.getSource(), article.getTags(), article.getPublishedAt(), attachments,
                related);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return AttachmentResponses.download(articles.download(id, attachmentId, false));
    }
}
