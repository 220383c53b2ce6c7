package cn.ipfin.risk;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskRules extends JpaRepository<RiskRule, RuleCode> {
}
