package cn.ipfin.roadshow;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestorPreferences extends JpaRepository<InvestorPreference, Long> {
}
