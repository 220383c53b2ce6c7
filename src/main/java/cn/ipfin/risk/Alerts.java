package cn.ipfin.risk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Alerts extends JpaRepository<Alert, Long> {

    Optional<Alert> findFirstByRuleAndSubjectKeyAndStateNot(RuleCode rule, String subjectKey, AlertState state);

    /** Returns rule, subject key and one recipient (or null) per row of every open or acknowledged alert. */
    @Query("""
            select a.rule, a.subjectKey, recipient from Alert a left join a.recipients recipient
            where a.state <> cn.ipfin.risk.AlertState.RESOLVED
            """)
    List<Object[]> openRecipients();

    @Query("""
            select a from Alert a where (:organizationId is null or :organizationId member of a.recipients)
            and (:severity is null or a.severity = :severity) and (:state is null or a.state = :state)
            """)
    Page<Alert> search(@Param("organizationId") Long organizationId, @Param("severity") Severity severity,
            @Param("state") AlertState state, Pageable pageable);
}
