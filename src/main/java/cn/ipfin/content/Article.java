package cn.ipfin.content;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An article (资讯文章) in one channel. Operators write it, a second operator reviews it (maker-checker), and only
 * a published article is public.
 *
 * <p>Title and plain-text body are indexed by Chinese words ({@code chinese_words}) and by character bigrams
 * ({@code chinese_bigram}), the analyzers the IP registry uses, so whole words rank well and any two-character
 * part still matches.
 */
@Entity
@Table(name = "article")
@Indexed(index = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private ArticleChannel channel;

    @Column(nullable = false)
    @FullTextField(name = "title", analyzer = "chinese_words", termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "title_bigram", analyzer = "chinese_bigram_index", searchAnalyzer = "chinese_bigram",
            highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_text", nullable = false)
    @FullTextField(name = "body", analyzer = "chinese_words")
    @FullTextField(name = "body_bigram", analyzer = "chinese_bigram_index", searchAnalyzer = "chinese_bigram",
            highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String bodyText;

    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    @KeywordField(name = "tags")
    private Set<String> tags = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private ArticleStatus status;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "last_editor", nullable = false)
    private String lastEditor;

    private String reviewer;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    @Version
    private long version;

    protected Article() {
    }

    Article(ArticleDraft draft, RichText body, String author, Instant now) {
        this.author = author;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        revise(draft, body, author, now);
    }

    /** Replaces the content; a withdrawn article goes back to draft and needs a new review. */
    void revise(ArticleDraft draft, RichText newBody, String editor, Instant now) {
        requireStatus("revise", status.isEditable());
        channel = draft.channel();
        title = draft.title().strip();
        summary = draft.summary().strip();
        body = newBody.html();
        bodyText = newBody.text();
        source = draft.source() == null || draft.source().isBlank() ? null : draft.source().strip();
        tags.clear();
        tags.addAll(draft.tags());
        lastEditor = editor;
        updatedAt = now;
        if (status == ArticleStatus.WITHDRAWN) {
            status = ArticleStatus.DRAFT;
        }
    }

    void submit(Instant now) {
        requireStatus("submit", status == ArticleStatus.DRAFT || status == ArticleStatus.RETURNED);
        status = ArticleStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** Publishes a submitted article; the caller has checked that the reviewer neither wrote nor last edited it. */
    void publish(String reviewerName, Instant now) {
        requireStatus("publish", status == ArticleStatus.SUBMITTED);
        status = ArticleStatus.PUBLISHED;
        reviewer = reviewerName;
        returnReason = null;
        publishedAt = now;
        updatedAt = now;
    }

    void returnToAuthor(String reviewerName, String reason, Instant now) {
        requireStatus("return", status == ArticleStatus.SUBMITTED);
        status = ArticleStatus.RETURNED;
        reviewer = reviewerName;
        returnReason = reason.strip();
        updatedAt = now;
    }

    void withdraw(Instant now) {
        requireStatus("withdraw", status == ArticleStatus.PUBLISHED);
        status = ArticleStatus.WITHDRAWN;
        updatedAt = now;
    }

    /** Returns whether the user wrote this article or made its latest change, and so cannot review it. */
    public boolean isMadeBy(String username) {
        return author.equals(username) || lastEditor.equals(username);
    }

    private void requireStatus(String action, boolean allowed) {
        if (!allowed) {
            throw new ConflictException("article.state", "content.article.state.conflict", title, status.name(),
                    action);
        }
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public ArticleChannel getChannel() {
        return channel;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** Returns the sanitised HTML body, safe to render unescaped. */
    public String getBody() {
        return body;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getSource() {
        return source;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public String getLastEditor() {
        return lastEditor;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
