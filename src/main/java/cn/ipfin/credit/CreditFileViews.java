package cn.ipfin.credit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditFileViews extends JpaRepository<CreditFileView, Long> {

    List<CreditFileView> findTop200ByEnterpriseIdOrderByViewedAtDesc(Long enterpriseId);
}
