package cn.ipfin.ipasset;

import java.util.List;
import java.util.Locale;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.ipasset.search.MatchHighlighter;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the registry in the Lucene index.
 *
 * <p>A text query must match all of its character bigrams in the title, owners or abstract (or equal the
 * number). The score then favours the query as one unbroken phrase in the title, whole-word matches and
 * title matches, so for {@code 自动 驾驶} a title with 自动驾驶 ranks above one that has 自动 and 驾驶 apart.
 * The matches in the titles and owners of a page of hits are marked by {@link MatchHighlighter}.
 */
@Service
public class IpSearchService {

    private static final String[] TEXT_FIELDS = {"title_bigram", "owners_bigram", "abstract_bigram"};

    private final EntityManager entityManager;

    IpSearchService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public IpSearchResult search(IpSearchQuery query) {
        SearchSession session = Search.session(entityManager);
        String text = query.text() == null ? "" : query.text().trim();

        SearchResult<IpAsset> result = session.search(IpAsset.class)
                .where((f, root) -> {
                    root.add(text.isEmpty() ? f.matchAll().toPredicate() : textPredicate(f, text));
                    addFilters(f, root::add, query);
                })
                .sort(f -> text.isEmpty() ? f.field("updatedAt").desc() : f.score())
                .fetch(query.page() * query.size(), query.size());

        MatchHighlighter titleMatches = MatchHighlighter.of(text);
        MatchHighlighter ownerMatches = MatchHighlighter.of(text, query.owner());
        List<IpSearchHit> hits = result.hits().stream().map(asset -> new IpSearchHit(asset,
                titleMatches.highlight(asset.getTitle()), ownerMatches.highlight(asset.getOwners()))).toList();
        return new IpSearchResult(hits, result.total().hitCount(), query.page(), query.size());
    }

    private static SearchPredicate textPredicate(SearchPredicateFactory f, String text) {
        String number = PatentApplicationNumber.parse(text).canonical();
        return f.bool(b -> {
            b.must(f.bool(any -> {
                any.should(f.simpleQueryString().fields(TEXT_FIELDS).matching(text)
                        .defaultOperator(BooleanOperator.AND));
                any.should(f.match().field("number").matching(number == null ? text : number));
            }));
            b.should(f.phrase().field("title_bigram").matching(text.replaceAll("\\s+", "")).boost(8));
            b.should(f.match().field("title").matching(text).boost(3));
            b.should(f.match().field("owners").matching(text));
        }).toPredicate();
    }

    private static void addFilters(SearchPredicateFactory f, java.util.function.Consumer<SearchPredicate> filter,
            IpSearchQuery query) {
        if (query.kind() != null) {
            filter.accept(f.match().field("kind").matching(query.kind()).toPredicate());
        }
        if (query.legalStatus() != null) {
            filter.accept(f.match().field("legalStatus").matching(query.legalStatus()).toPredicate());
        }
        if (query.ipcSection() != null && !query.ipcSection().isBlank()) {
            filter.accept(f.match().field("ipcSection").matching(query.ipcSection().trim().toUpperCase(Locale.ROOT))
                    .toPredicate());
        }
        if (query.owner() != null && !query.owner().isBlank()) {
            filter.accept(f.simpleQueryString().field("owners_bigram").matching(query.owner().trim())
                    .defaultOperator(BooleanOperator.AND).toPredicate());
        }
    }
}
