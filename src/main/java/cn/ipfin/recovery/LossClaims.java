package cn.ipfin.recovery;

import org.springframework.data.jpa.repository.JpaRepository;

interface LossClaims extends JpaRepository<LossClaim, Long> {
}
