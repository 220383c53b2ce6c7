package cn.ipfin.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoanPrimeRateHistory extends JpaRepository<LoanPrimeRate, LocalDate> {

    Optional<LoanPrimeRate> findFirstByEffectiveDateLessThanEqualOrderByEffectiveDateDesc(LocalDate date);

    List<LoanPrimeRate> findAllByOrderByEffectiveDateDesc();
}
