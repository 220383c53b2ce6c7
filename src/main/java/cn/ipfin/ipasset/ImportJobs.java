package cn.ipfin.ipasset;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobs extends JpaRepository<ImportJob, UUID> {

    List<ImportJob> findByOrganizationIdOrderByCreatedAtDesc(Long organizationId, Pageable pageable);
}
