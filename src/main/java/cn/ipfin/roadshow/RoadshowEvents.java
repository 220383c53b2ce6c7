package cn.ipfin.roadshow;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RoadshowEvents extends JpaRepository<RoadshowEvent, Long> {

    /** Reads the event with a row lock, so registrations for one event change their counts one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from RoadshowEvent e where e.id = :id")
    Optional<RoadshowEvent> findForUpdate(Long id);
}
