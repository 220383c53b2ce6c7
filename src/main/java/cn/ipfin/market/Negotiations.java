package cn.ipfin.market;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Negotiations extends JpaRepository<Negotiation, Long> {

    @Query("""
            select n from Negotiation n where n.buyerOrganizationId = :org or n.sellerOrganizationId = :org
            order by n.updatedAt desc
            """)
    List<Negotiation> involving(@Param("org") Long organizationId);
}
