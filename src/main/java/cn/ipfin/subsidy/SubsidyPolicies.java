package cn.ipfin.subsidy;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubsidyPolicies extends JpaRepository<SubsidyPolicy, Long> {

    /** Returns the newest version of every policy, in the order the policies were created. */
    @Query("""
            select p from SubsidyPolicy p where p.versionNumber =
                (select max(q.versionNumber) from SubsidyPolicy q where q.code = p.code)
            order by p.editable desc, p.code
            """)
    List<SubsidyPolicy> findLatestVersions();

    List<SubsidyPolicy> findByCodeOrderByVersionNumberDesc(String code);

    Optional<SubsidyPolicy> findFirstByCodeOrderByVersionNumberDesc(String code);

    /** Reads a version and raises its lock version at commit, so two edits based on it cannot both succeed. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<SubsidyPolicy> findForEditById(Long id);
}
