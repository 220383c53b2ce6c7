package cn.ipfin.ipasset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IpPledges extends JpaRepository<IpPledge, Long> {

    Optional<IpPledge> findByAssetIdAndStatus(Long assetId, IpPledge.Status status);

    List<IpPledge> findByAssetIdOrderByRecordedAtDesc(Long assetId);

    List<IpPledge> findByPledgeeOrganizationIdAndStatusOrderByRecordedAtDesc(Long pledgeeOrganizationId,
            IpPledge.Status status);
    List<IpPledge> findByPledgeeOrganizationIdAndStatus(Long pledgeeOrganizationId, IpPledge.Status status);

    List<IpPledge> findByStatus(IpPledge.Status status);

    @Query("""
            select new cn.ipfin.ipasset.PledgedAsset(p.id, p.assetId, p.pledgorOrganizationId, p.pledgeeOrganizationId,
                a.number, a.kind, a.legalStatus, a.filingDate, a.grantDate, a.ownerOrganizationId)
            from IpPledge p join IpAsset a on a.id = p.assetId
            where p.status = cn.ipfin.ipasset.IpPledge.Status.ACTIVE
            order by p.id
            """)
    List<PledgedAsset> activePledgedAssets();
}
