package cn.ipfin.roadshow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectFollows extends JpaRepository<ProjectFollow, Long> {

    boolean existsByProjectIdAndOrganizationId(Long projectId, Long organizationId);

    long countByProjectId(Long projectId);

    List<ProjectFollow> findByOrganizationIdOrderByFollowedAtDesc(Long organizationId);

    void deleteByProjectIdAndOrganizationId(Long projectId, Long organizationId);
}
