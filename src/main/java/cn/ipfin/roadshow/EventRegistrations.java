package cn.ipfin.roadshow;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventRegistrations extends JpaRepository<EventRegistration, Long> {

    Optional<EventRegistration> findByEventIdAndUsername(Long eventId, String username);

    long countByEventIdAndStatus(Long eventId, RegistrationStatus status);

    Optional<EventRegistration> findFirstByEventIdAndStatusOrderByRegisteredAtAscIdAsc(Long eventId,
            RegistrationStatus status);

    List<EventRegistration> findByUsernameAndStatusNot(String username, RegistrationStatus status);
}
