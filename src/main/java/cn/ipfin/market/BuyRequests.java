package cn.ipfin.market;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BuyRequests extends JpaRepository<BuyRequest, Long> {

    List<BuyRequest> findByOrganizationIdOrderByCreatedAtDesc(Long organizationId);

    List<BuyRequest> findByStatus(BuyRequest.Status status);
}
