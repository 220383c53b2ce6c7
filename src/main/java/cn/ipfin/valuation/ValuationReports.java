package cn.ipfin.valuation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ValuationReports extends JpaRepository<ValuationReport, Long> {

    Optional<ValuationReport> findByReportNumber(String reportNumber);

    Optional<ValuationReport> findByAssignmentId(Long assignmentId);
}
