package cn.ipfin.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleAttachments extends JpaRepository<ArticleAttachment, Long> {

    List<ArticleAttachment> findByArticleIdOrderByIdAsc(Long articleId);
}
