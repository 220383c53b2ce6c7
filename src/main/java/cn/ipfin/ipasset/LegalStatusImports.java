package cn.ipfin.ipasset;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalStatusImports extends JpaRepository<LegalStatusImport, UUID> {

    List<LegalStatusImport> findByOrderByCreatedAtDesc(Pageable pageable);
}
