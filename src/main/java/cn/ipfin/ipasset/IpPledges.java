package cn.ipfin.ipasset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IpPledges extends JpaRepository<IpPledge, Long> {

    Optional<IpPledge> findByAssetIdAndStatus(Long assetId, IpPledge.Status status);

    List<IpPledge> findByAssetIdOrderByRecordedAtDesc(Long assetId);

    List<IpPledge> findByPledgeeOrganizationIdAndStatusOrderByRecordedAtDesc(Long pledgeeOrganizationId,
            IpPledge.Status status);
    List<IpPledge> findByPledgeeOrganizationIdAndStatus(Long pledgeeOrganizationId, IpPledge.Status status);

    List<IpPledge> findByStatus(IpPledge.Status status);
}
