package cn.ipfin.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Organizations extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

    boolean existsByCreditCode(String creditCode);

    Optional<Organization> findByCreditCode(String creditCode);

    List<Organization> findByNameKeyInAndStatus(List<String> nameKeys, VerificationStatus status);

    Page<Organization> findByStatus(VerificationStatus status, Pageable pageable);

    long countByStatus(VerificationStatus status);
}
