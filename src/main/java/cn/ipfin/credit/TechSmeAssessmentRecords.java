package cn.ipfin.credit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TechSmeAssessmentRecords extends JpaRepository<TechSmeAssessmentRecord, Long> {

    List<TechSmeAssessmentRecord> findByEnterpriseIdOrderByAssessedAtDesc(Long enterpriseId);

    Optional<TechSmeAssessmentRecord> findFirstByEnterpriseIdOrderByAssessedAtDesc(Long enterpriseId);
}
