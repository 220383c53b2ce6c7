package cn.ipfin.content;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FinancingCases extends JpaRepository<FinancingCase, Long> {

    Page<FinancingCase> findByStatus(FinancingCaseStatus status, Pageable pageable);

    boolean existsByTitle(String title);
}
