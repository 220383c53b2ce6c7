package cn.ipfin.content;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Articles extends JpaRepository<Article, Long> {

    Page<Article> findByStatus(ArticleStatus status, Pageable pageable);

    Page<Article> findByStatusAndChannel(ArticleStatus status, ArticleChannel channel, Pageable pageable);

    List<Article> findByStatusOrderByPublishedAtDesc(ArticleStatus status);

    boolean existsByTitle(String title);
}
