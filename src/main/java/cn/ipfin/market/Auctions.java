package cn.ipfin.market;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Auctions extends JpaRepository<Auction, Long> {

    /** Reads the lot with {@code SELECT ... FOR UPDATE}, so bids and closing on one lot run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Auction a where a.id = :id")
    Optional<Auction> findForUpdate(@Param("id") Long id);

    List<Auction> findByListingIdOrderByIdDesc(Long listingId);

    @Query("select a.id from Auction a where a.status = cn.ipfin.market.AuctionStatus.OPEN and a.endsAt <= :now")
    List<Long> dueIds(@Param("now") Instant now);

    List<Auction> findByStatusOrderByEndsAtAsc(AuctionStatus status);
}
