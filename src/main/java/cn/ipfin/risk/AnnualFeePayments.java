package cn.ipfin.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualFeePayments extends JpaRepository<AnnualFeePayment, Long> {

    List<AnnualFeePayment> findByAssetIdOrderByFeeYearDesc(Long assetId);

    boolean existsByAssetIdAndFeeYear(Long assetId, int feeYear);
}
