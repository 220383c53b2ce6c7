package cn.ipfin.market;

import java.util.List;

import cn.ipfin.ipasset.IpKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Listings extends JpaRepository<Listing, Long> {

    @Query("""
            select l from Listing l
            where l.status = cn.ipfin.market.ListingStatus.PUBLISHED
              and (:kind is null or l.ipKind = :kind)
              and (:industry is null or l.industryCode = :industry)
              and (:type is null or l.listingType = :type)
              and (:mode is null or l.priceMode = :mode)
              and (:text is null or lower(l.assetTitle) like :text or lower(l.description) like :text
                   or lower(l.assetNumber) like :text)
            """)
    Page<Listing> search(@Param("kind") IpKind kind, @Param("industry") String industry,
            @Param("type") ListingType type, @Param("mode") PriceMode mode, @Param("text") String text,
            Pageable pageable);

    List<Listing> findByStatus(ListingStatus status);

    List<Listing> findByStatusOrderByCreatedAtAsc(ListingStatus status);

    List<Listing> findByListerOrganizationIdOrderByCreatedAtDesc(Long organizationId);

    List<Listing> findByPledgeeOrganizationIdAndStatus(Long organizationId, ListingStatus status);

    @Query("""
            select count(l) > 0 from Listing l where l.assetId = :assetId
              and l.status in (cn.ipfin.market.ListingStatus.AWAITING_CONSENT,
                               cn.ipfin.market.ListingStatus.PENDING_REVIEW, cn.ipfin.market.ListingStatus.PUBLISHED)
              and l.listingType in :types
            """)
    boolean activeOfTypes(@Param("assetId") Long assetId, @Param("types") List<ListingType> types);
}
