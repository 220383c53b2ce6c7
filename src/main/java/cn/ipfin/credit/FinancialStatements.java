package cn.ipfin.credit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinancialStatements extends JpaRepository<FinancialStatement, Long> {

    Optional<FinancialStatement> findByOrganizationIdAndFiscalYear(Long organizationId, int fiscalYear);

    List<FinancialStatement> findByOrganizationIdOrderByFiscalYearDesc(Long organizationId);
}
