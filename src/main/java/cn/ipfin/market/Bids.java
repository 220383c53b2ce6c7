package cn.ipfin.market;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Bids extends JpaRepository<Bid, Long> {

    List<Bid> findByAuctionIdOrderByAmountDesc(Long auctionId);

    Optional<Bid> findFirstByAuctionIdAndBidderOrganizationId(Long auctionId, Long organizationId);

    @Query("select coalesce(max(b.bidderNumber), 0) from Bid b where b.auctionId = :auctionId")
    int maxBidderNumber(@Param("auctionId") Long auctionId);

    @Query("select distinct b.bidderOrganizationId from Bid b where b.auctionId = :auctionId")
    List<Long> bidderOrganizations(@Param("auctionId") Long auctionId);
}
