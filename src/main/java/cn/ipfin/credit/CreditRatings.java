package cn.ipfin.credit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditRatings extends JpaRepository<CreditRating, Long> {

    List<CreditRating> findByEnterpriseIdOrderByRatedAtDesc(Long enterpriseId);
}
