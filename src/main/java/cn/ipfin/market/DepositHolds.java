package cn.ipfin.market;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepositHolds extends JpaRepository<DepositHold, Long> {

    Optional<DepositHold> findByOrganizationIdAndAuctionId(Long organizationId, Long auctionId);

    List<DepositHold> findByAuctionIdAndStatus(Long auctionId, DepositHold.Status status);

    List<DepositHold> findByOrganizationIdAndStatus(Long organizationId, DepositHold.Status status);
}
