package cn.ipfin.roadshow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectQuestions extends JpaRepository<ProjectQuestion, Long> {

    List<ProjectQuestion> findByProjectIdOrderByAskedAtAscIdAsc(Long projectId);
}
