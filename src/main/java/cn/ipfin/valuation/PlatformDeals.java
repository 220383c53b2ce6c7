package cn.ipfin.valuation;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.ipasset.IpKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformDeals extends JpaRepository<PlatformDeal, Long> {

    List<PlatformDeal> findByIpKindAndContractDateGreaterThanEqualOrderByContractDateDesc(IpKind kind,
            LocalDate from);
}
