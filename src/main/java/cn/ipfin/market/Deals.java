package cn.ipfin.market;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Deals extends JpaRepository<Deal, Long> {

    @Query("""
            select d from Deal d where d.buyerOrganizationId = :org or d.sellerOrganizationId = :org
            order by d.updatedAt desc
            """)
    List<Deal> involving(@Param("org") Long organizationId);

    Optional<Deal> findByAuctionId(Long auctionId);

    List<Deal> findAllByOrderByUpdatedAtDesc();
}
