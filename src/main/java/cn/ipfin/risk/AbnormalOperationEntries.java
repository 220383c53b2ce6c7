package cn.ipfin.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AbnormalOperationEntries extends JpaRepository<AbnormalOperationEntry, Long> {

    List<AbnormalOperationEntry> findByCreditCodeOrderByListedOnDesc(String creditCode);

    boolean existsByCreditCodeAndListedOn(String creditCode, java.time.LocalDate listedOn);
}
