package cn.ipfin.content.api;

import java.time.Instant;
import java.util.List;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleAttachment;
import cn.ipfin.content.ArticleChannel;
import cn.ipfin.content.ArticleHit;
import cn.ipfin.content.ArticleStatus;

/** JSON shapes of articles: the public view, the operator view with review fields, and a search hit. */
final class ArticleViews {

    private ArticleViews() {
    }

    record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String url) {

        static AttachmentView of(ArticleAttachment attachment, String baseUrl) {
            return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                    attachment.getSizeBytes(), baseUrl + "/" + attachment.getArticleId() + "/attachments/"
                            + attachment.getId());
        }
    }

    record RelatedView(Long id, ArticleChannel channel, String title) {

        static RelatedView of(Article article) {
            return new RelatedView(article.getId(), article.getChannel(), article.getTitle());
        }
    }

    /** A published article as anyone may read it; the body is sanitised HTML. */
    record PublicArticleView(Long id, ArticleChannel channel, String title, String summary, String body,
            String source, List<String> tags, Instant publishedAt, List<AttachmentView> attachments,
            List<RelatedView> related) {
    }

    /** An article with its review state, for platform staff. */
    record ArticleView(Long id, ArticleChannel channel, String title, String summary, String body, String source,
            List<String> tags, ArticleStatus status, String author, String lastEditor, String reviewer,
            String returnReason, Instant updatedAt, Instant publishedAt, long version,
            List<AttachmentView> attachments) {

        static ArticleView of(Article article, List<ArticleAttachment> attachments) {
            return new ArticleView(article.getId(), article.getChannel(), article.getTitle(), article.getSummary(),
                    article.getBody(), article.getSource(), article.getTags(), article.getStatus(),
                    article.getAuthor(), article.getLastEditor(), article.getReviewer(), article.getReturnReason(),
                    article.getUpdatedAt(), article.getPublishedAt(), article.getVersion(),
                    attachments.stream().map(a -> AttachmentView.of(a, "/api/v1/operator/articles")).toList());
        }
    }

    /** One search result; the highlighted fields are escaped HTML with {@code <mark>} around matches. */
    record HitView(Long id, ArticleChannel channel, String title, String summary, List<String> tags,
            Instant publishedAt, String highlightedTitle, String highlightedExcerpt) {

        static HitView of(ArticleHit hit) {
            Article article = hit.article();
            return new HitView(article.getId(), article.getChannel(), article.getTitle(), article.getSummary(),
                    article.getTags(), article.getPublishedAt(), hit.highlightedTitle(), hit.highlightedExcerpt());
        }
    }

    record PageView<T>(List<T> content, long totalElements, int page, int size) {
    }
}
