package cn.ipfin.ipasset;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds assets stored by SQL, which Hibernate Search does not see, to the search index. Each batch is loaded and
 * indexed in its own transaction, and the index is written when that transaction commits.
 */
@Component
class ImportSearchIndexer {

    /** Assets per transaction and index commit. */
    static final int BATCH_SIZE = 1_000;

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    ImportSearchIndexer(EntityManager entityManager, TransactionTemplate transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Indexes the assets with the given ids and skips ids whose asset no longer exists. */
    void index(List<Long> assetIds) {
        for (int start = 0; start < assetIds.size(); start += BATCH_SIZE) {
            List<Long> batch = assetIds.subList(start, Math.min(assetIds.size(), start + BATCH_SIZE));
            transactions.executeWithoutResult(status -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                entityManager.createQuery("select a from IpAsset a where a.id in :ids", IpAsset.class)
                        .setParameter("ids", batch).getResultList().forEach(plan::addOrUpdate);
            });
        }
    }
}
