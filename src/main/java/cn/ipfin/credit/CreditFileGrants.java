package cn.ipfin.credit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CreditFileGrants extends JpaRepository<CreditFileGrant, Long> {

    List<CreditFileGrant> findByEnterpriseIdOrderByGrantedAtDesc(Long enterpriseId);

    List<CreditFileGrant> findByGranteeIdOrderByGrantedAtDesc(Long granteeId);

    @Query("""
            select g from CreditFileGrant g where g.enterpriseId = :enterprise and g.granteeId = :grantee
            and g.revokedAt is null and g.expiresAt > :now order by g.expiresAt desc""")
    List<CreditFileGrant> findLive(@Param("enterprise") Long enterpriseId, @Param("grantee") Long granteeId,
            @Param("now") Instant now);
}
