package cn.ipfin.content;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinancingCostAssumptions extends JpaRepository<FinancingCostAssumption, FinancingCostAssumption.Key> {

    Optional<FinancingCostAssumption> findFirstByKeyModelCodeAndKeyEffectiveFromLessThanEqualOrderByKeyEffectiveFromDesc(
            String modelCode, LocalDate date);
}
