package cn.ipfin.ipasset.search;

import cn.ipfin.ipasset.IpAsset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index at start-up when it does not hold every asset of the database, as after a new
 * index directory or a restore of the database.
 */
@Component
@Order(1)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            long stored = entityManager.createQuery("select count(a) from IpAsset a", Long.class).getSingleResult();
            long indexed = Search.session(entityManager).search(IpAsset.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
            if (stored == indexed) {
                return;
            }
            log.info("Search index contains {} of {} IP assets; rebuilding it", indexed, stored);
            Search.session(entityManager).massIndexer(IpAsset.class).threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
        }
    }
}
