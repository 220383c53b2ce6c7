package cn.ipfin.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes and reviews articles. Platform staff create and edit drafts, submit them, and a second staff member
 * publishes or returns them: a user who wrote or last edited an article cannot review it (maker-checker).
 * Every change carries the version read last, and a stale one fails with a concurrent-change conflict (409).
 * The public sees published articles only; any other article is "not found" for it.
 */
@Service
public class ArticleService {

    private static final Logger log = LoggerFactory.getLogger(ArticleService.class);
    static final int MAX_TAGS = 8;
    static final int MAX_TAG_LENGTH = 16;

    private final Articles articles;
    private final ArticleAttachments attachments;
    private final AttachmentStorage storage;
    private final RichTextSanitizer sanitizer = new RichTextSanitizer();
    private final AttachmentValidator attachmentValidator = new AttachmentValidator();
    private final Clock clock;

    ArticleService(Articles articles, ArticleAttachments attachments, AttachmentStorage storage, Clock clock) {
        this.articles = articles;
        this.attachments = attachments;
        this.storage = storage;
        this.clock = clock;
    }

    /** An uploaded file as the web layer received it. */
    public record Upload(String fileName, String declaredType, byte[] content) {
    }

    @Transactional
    public Article create(ArticleDraft draft, String author) {
        RichText body = checked(draft);
        Article article = articles.save(new Article(draft, body, author, clock.instant()));
        log.info("Article {} created by {}", article.getId(), author);
        return article;
    }

    @Transactional
    public Article revise(Long id, long expectedVersion, ArticleDraft draft, String editor) {
        Article article = current(id, expectedVersion);
        article.revise(draft, checked(draft), editor, clock.instant());
        return saved(article);
    }

    @Transactional
    public Article submit(Long id, long expectedVersion, String user) {
        Article article = current(id, expectedVersion);
        article.submit(clock.instant());
        log.info("Article {} submitted for review by {}", id, user);
        return saved(article);
    }

    /**
     * Publishes a submitted article.
     *
     * @throws BusinessRuleException when the reviewer wrote or last edited the article
     */
    @Transactional
    public Article publish(Long id, long expectedVersion, String reviewer) {
        Article article = current(id, expectedVersion);
        requireOtherReviewer(article, reviewer);
        article.publish(reviewer, clock.instant());
        log.info("Article {} published by {}", id, reviewer);
        return saved(article);
    }

    /** Sends a submitted article back to its author with a reason, which is required. */
    @Transactional
    public Article returnToAuthor(Long id, long expectedVersion, String reason, String reviewer) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "content.article.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInputException.of("reason", "content.article.reason.tooLong", 500);
        }
        Article article = current(id, expectedVersion);
        requireOtherReviewer(article, reviewer);
        article.returnToAuthor(reviewer, reason, clock.instant());
        log.info("Article {} returned by {}", id, reviewer);
        return saved(article);
    }

    @Transactional
    public Article withdraw(Long id, long expectedVersion, String user) {
        Article article = current(id, expectedVersion);
        article.withdraw(clock.instant());
        log.info("Article {} withdrawn by {}", id, user);
        return saved(article);
    }

    /** Returns any article, for platform staff. */
    @Transactional(readOnly = true)
    public Article get(Long id) {
        return articles.findById(id).orElseThrow(() -> notFound(id));
    }

    /** Returns a published article, or throws not found for any other, as the public must see it. */
    @Transactional(readOnly = true)
    public Article getPublished(Long id) {
        return articles.findById(id).filter(Article::isPublished).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public Page<Article> published(ArticleChannel channel, Pageable pageable) {
        return channel == null ? articles.findByStatus(ArticleStatus.PUBLISHED, pageable)
                : articles.findByStatusAndChannel(ArticleStatus.PUBLISHED, channel, pageable);
    }

    @Transactional(readOnly = true)
    public List<Article> allPublished() {
        return articles.findByStatusOrderByPublishedAtDesc(ArticleStatus.PUBLISHED);
    }

    /** Returns articles of every status, or of one status, for the operator's list. */
    @Transactional(readOnly = true)
    public Page<Article> all(ArticleStatus status, Pageable pageable) {
        return status == null ? articles.findAll(pageable) : articles.findByStatus(status, pageable);
    }

    @Transactional(readOnly = true)
    public boolean existsWithTitle(String title) {
        return articles.existsByTitle(title);
    }

    /** Validates and stores an attachment of an article that is not published or under review. */
    @Transactional
    public ArticleAttachment attach(Long articleId, Upload upload, String user) {
        Article article = get(articleId);
        if (!article.getStatus().isEditable()) {
            throw new BusinessRuleException("article.attachment.state", "content.attachment.state",
                    article.getTitle());
        }
        AttachmentType type = attachmentValidator.validate(upload.fileName(), upload.declaredType(), upload.content());
        String key = storage.store(upload.content());
        deleteFileOnRollback(key);
        ArticleAttachment attachment = attachments.save(new ArticleAttachment(articleId, baseName(upload.fileName()),
                type, upload.content().length, key, user, clock.instant()));
        log.info("Attachment {} ({} bytes) added to article {} by {}", attachment.getId(), upload.content().length,
                articleId, user);
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<ArticleAttachment> attachmentsOf(Long articleId) {
        return attachments.findByArticleIdOrderByIdAsc(articleId);
    }

    /** Returns an attachment with its bytes; for the public only when the article is published. */
    @Transactional(readOnly = true)
    public AttachmentFile download(Long articleId, Long attachmentId, boolean staff) {
        Article article = staff ? get(articleId) : getPublished(articleId);
        ArticleAttachment attachment = attachments.findById(attachmentId)
                .filter(found -> found.getArticleId().equals(article.getId()))
                .orElseThrow(() -> new NotFoundException("attachment.not-found", "content.attachment.notFound",
                        attachmentId));
        return new AttachmentFile(attachment, storage.read(attachment.getStorageKey()));
    }

    /** An attachment and its bytes. */
    public record AttachmentFile(ArticleAttachment attachment, byte[] content) {
    }

    private void deleteFileOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(key);
                    }
                }
            });
        }
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void requireOtherReviewer(Article article, String reviewer) {
        if (article.isMadeBy(reviewer)) {
            throw new BusinessRuleException("article.review.same-user", "content.article.review.sameUser",
                    article.getTitle());
        }
    }

    private Article current(Long id, long expectedVersion) {
        Article article = get(id);
        if (article.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Article.class, id);
        }
        return article;
    }

    private Article saved(Article article) {
        articles.flush();
        return article;
    }

    private RichText checked(ArticleDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.channel() == null) {
            violations.add(new Violation("channel", "content.article.channel.required"));
        }
        requireText(violations, "title", draft.title(), 200);
        requireText(violations, "summary", draft.summary(), 500);
        if (draft.source() != null && draft.source().strip().length() > 300) {
            violations.add(new Violation("source", "content.article.field.tooLong", 300));
        }
        RichText body = sanitizer.sanitize(draft.body());
        if (body.text().isEmpty()) {
            violations.add(new Violation("body", "content.article.body.required"));
        }
        if (draft.tags().size() > MAX_TAGS) {
            violations.add(new Violation("tags", "content.article.tags.tooMany", MAX_TAGS));
        } else if (draft.tags().stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
            violations.add(new Violation("tags", "content.article.tags.tooLong", MAX_TAG_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return body;
    }

    private static void requireText(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "content.article." + field + ".required"));
        } else if (value.strip().length() > maxLength) {
            violations.add(new Violation(field, "content.article.field.tooLong", maxLength));
        }
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("article.not-found", "content.article.notFound", id);
    }
}
