package cn.ipfin.market;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DepositAccounts extends JpaRepository<DepositAccount, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from DepositAccount a where a.organizationId = :org")
    Optional<DepositAccount> findForUpdate(@Param("org") Long organizationId);
}
