package cn.ipfin.roadshow;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RoadshowProjects extends JpaRepository<RoadshowProject, Long>, JpaSpecificationExecutor<RoadshowProject> {

    List<RoadshowProject> findByOrganizationIdOrderByUpdatedAtDesc(Long organizationId);

    Page<RoadshowProject> findByStatus(ProjectStatus status, Pageable pageable);

    List<RoadshowProject> findByStatus(ProjectStatus status);

    boolean existsByOrganizationId(Long organizationId);
}
