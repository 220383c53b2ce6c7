package cn.ipfin.product;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FinancialProducts extends JpaRepository<FinancialProduct, Long>, JpaSpecificationExecutor<FinancialProduct> {

    List<FinancialProduct> findByStatus(ProductStatus status);

    Page<FinancialProduct> findByOrganizationId(Long organizationId, Pageable pageable);

    boolean existsByOrganizationId(Long organizationId);
}
