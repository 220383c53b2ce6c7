package cn.ipfin.servicedesk;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TrainingCourses extends JpaRepository<TrainingCourse, Long> {

    /** Reads the course with a row lock, so registrations for one course are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TrainingCourse c where c.id = :id")
    Optional<TrainingCourse> findForUpdate(Long id);
}
