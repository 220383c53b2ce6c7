package cn.ipfin.recovery;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoolEntries extends JpaRepository<PoolEntry, Long> {

    List<PoolEntry> findAllByOrderByEntryDateDescIdDesc();
}
