package cn.ipfin.content;

import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches published articles in the Lucene index and finds related ones.
 *
 * <p>A text query must match all of its character bigrams in the title or body; the score then favours the
 * query as one phrase in the title, whole-word matches and title matches. Without text, the newest come first.
 */
@Service
public class ArticleSearchService {

    private static final String[] TEXT_FIELDS = {"title_bigram", "body_bigram"};

    private final EntityManager entityManager;

    ArticleSearchService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public ArticleSearchResult search(ArticleQuery query) {
        SearchSession session = Search.session(entityManager);
        String text = query.text() == null ? "" : query.text().strip();

        SearchResult<List<?>> result = session.search(Article.class)
                .select(f -> f.composite(f.entity(), f.highlight("title_bigram"), f.highlight("body_bigram")))
                .where((f, root) -> {
                    root.add(text.isEmpty() ? f.matchAll().toPredicate() : textPredicate(f, text));
                    addFilters(f, root::add, query);
                })
                .sort(f -> text.isEmpty() ? f.field("publishedAt").desc() : f.score())
                .highlighter(f -> f.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1).noMatchSize(120))
                .fetch(query.page() * query.size(), query.size());

        List<ArticleHit> hits = result.hits().stream().map(ArticleSearchService::toHit).toList();
        return new ArticleSearchResult(hits, result.total().hitCount(), query.page(), query.size());
    }

    /**
     * Returns up to {@code limit} other published articles: those sharing tags rank first, then those of the same
     * channel, then those whose text shares words with this article's title.
     */
    @Transactional(readOnly = true)
    public List<Article> related(Article article, int limit) {
        SearchSession session = Search.session(entityManager);
        return session.search(Article.class)
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(ArticleStatus.PUBLISHED).toPredicate());
                    root.add(f.not(f.id().matching(article.getId())).toPredicate());
                    root.add(f.bool(any -> {
                        article.getTags().forEach(tag -> any.should(f.match().field("tags").matching(tag).boost(10)));
                        any.should(f.match().field("channel").matching(article.getChannel()).boost(4));
                        any.should(f.simpleQueryString().fields("title", "body").matching(article.getTitle())
                                .defaultOperator(BooleanOperator.OR));
                    }).toPredicate());
                })
                .sort(f -> f.score())
                .fetchHits(limit);
    }

    private static ArticleHit toHit(List<?> row) {
        return new ArticleHit((Article) row.get(0), firstOrNull(row.get(1)), firstOrNull(row.get(2)));
    }

    private static String firstOrNull(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
    }

    private static SearchPredicate textPredicate(SearchPredicateFactory f, String text) {
        return f.bool(b -> {
            b.must(f.simpleQueryString().fields(TEXT_FIELDS).matching(text).defaultOperator(BooleanOperator.AND));
            b.should(f.phrase().field("title_bigram").matching(text.replaceAll("\\s+", "")).boost(8));
            b.should(f.match().field("title").matching(text).boost(3));
            b.should(f.match().field("body").matching(text));
        }).toPredicate();
    }

    private static void addFilters(SearchPredicateFactory f, Consumer<SearchPredicate> filter, ArticleQuery query) {
        filter.accept(f.match().field("status").matching(ArticleStatus.PUBLISHED).toPredicate());
        if (query.channel() != null) {
            filter.accept(f.match().field("channel").matching(query.channel()).toPredicate());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            filter.accept(f.match().field("tags").matching(query.tag().strip()).toPredicate());
        }
    }
}
