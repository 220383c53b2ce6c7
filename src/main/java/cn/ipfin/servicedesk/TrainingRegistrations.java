package cn.ipfin.servicedesk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRegistrations extends JpaRepository<TrainingRegistration, Long> {

    Optional<TrainingRegistration> findByCourseIdAndUsername(Long courseId, String username);

    long countByCourseIdAndStatus(Long courseId, String status);

    List<TrainingRegistration> findByUsernameAndStatus(String username, String status);

    List<TrainingRegistration> findByUsernameAndStatusIn(String username, List<String> statuses);

    /** Returns the waiting list of a course, first come first served. */
    List<TrainingRegistration> findByCourseIdAndStatusOrderByRegisteredAtAscIdAsc(Long courseId, String status);
}
