package cn.ipfin.market;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface Bids extends JpaRepository<Bid, Long> {

    List<Bid> findByAuctionIdOrderByAmountDesc(Long auctionId);

    Optional<Bid> findFirstByAuctionIdAndBidderOrganizationId(Long auctionId, Long organizationId);

    @Query("select coalesce(max(b.bidderNumber), 0) from Bid b where b.auctionId = :auctionId")
    int maxBidderNumber(@Param("auctionId") Long auctionId);

    @Query("select distinct b.bidderOrganizationId from Bid b where b.auctionId = :auctionId")
    List<Long> bidderOrganizations(@Param("auctionId") Long auctionId);

    /** Moves a bid's time into the past. Only the demo data uses it, to spread its bid history. */
    @Transactional
    @Modifying
    @Query("update Bid b set b.placedAt = :placedAt where b.id = :id")
    int movePlacedAt(@Param("id") Long id, @Param("placedAt") Instant placedAt);
}
