package cn.ipfin.ipasset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IpAssets extends JpaRepository<IpAsset, Long> {

    Optional<IpAsset> findByRegistryAndNumber(IpKind.Registry registry, String number);

    List<IpAsset> findByRegistryAndNumberIn(IpKind.Registry registry, List<String> numbers);

    List<IpAsset> findByOrderByUpdatedAtDesc(Pageable pageable);

    long countByOwnerOrganizationId(Long organizationId);

    List<IpAsset> findByOwnerOrganizationId(Long organizationId);

    long countByOwnerOrganizationIdAndKindAndLegalStatus(Long organizationId, IpKind kind, LegalStatus legalStatus);

    List<IpAsset> findByOwnerOrganizationIdOrderByFilingDateDesc(Long organizationId, Pageable pageable);

    @Query("select a from IpAsset a where a.ownerOrganizationId is null and a.ownerKeys like concat('%|', :key, '|%')")
    List<IpAsset> findUnownedWithOwnerKey(@Param("key") String key);

    @Query("select a.id, a.kind from IpAsset a where a.id in :ids")
    List<Object[]> kindsOf(@Param("ids") List<Long> ids);
}
