package cn.ipfin.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training courses and events: the operator schedules them, signed-in users register while places are free and
 * get a confirmation notification. A registration for a full course goes onto the waiting list with its
 * position, and a cancelled place goes to the first waiting registrant, who is notified. Registrations and
 * cancellations lock the course's row, so concurrent registrations never exceed the capacity.
 */
@Service
public class TrainingService {

    private static final Logger log = LoggerFactory.getLogger(TrainingService.class);

    private final TrainingCourses courses;
    private final TrainingRegistrations registrations;
    private final ServiceDeskNotices notices;
    private final Clock clock;

    TrainingService(TrainingCourses courses, TrainingRegistrations registrations, ServiceDeskNotices notices,
            Clock clock) {
        this.courses = courses;
        this.registrations = registrations;
        this.notices = notices;
        this.clock = clock;
    }

    /** The operator's input for a new course. */
    public record CourseForm(String title, String description, CourseKind kind, String location, Instant startsAt,
            Integer capacity) {
    }

    /** A course with the number of places taken and the length of its waiting list. */
    public record CourseSummary(TrainingCourse course, long registered, long waiting) {

        public long freePlaces() {
            return Math.max(0, course.getCapacity() - registered);
        }
    }

    @Transactional
    public TrainingCourse schedule(CourseForm form, String operator) {
        List<Violation> violations = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            violations.add(new Violation("title", "servicedesk.training.titleRequired"));
        }
        if (form.kind() == null) {
            violations.add(new Violation("kind", "servicedesk.training.kindRequired"));
        }
        if (form.location() == null || form.location().isBlank()) {
            violations.add(new Violation("location", "servicedesk.training.locationRequired"));
        }
        if (form.startsAt() == null || !form.startsAt().isAfter(clock.instant())) {
            violations.add(new Violation("startsAt", "servicedesk.training.startsAtFuture"));
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 10_000) {
            violations.add(new Violation("capacity", "servicedesk.training.capacityRange", 1, 10_000));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TrainingCourse course = courses.save(new TrainingCourse(form.title().strip(),
                form.description() == null || form.description().isBlank() ? null : form.description().strip(),
                form.kind(), form.location().strip(), form.startsAt(), form.capacity(), operator, clock.instant()));
        log.info("Training course {} scheduled by {} with {} places", course.getId(), operator, course.getCapacity());
        return course;
    }

    @Transactional(readOnly = true)
    public List<CourseSummary> upcoming() {
        Instant now = clock.instant();
        return courses.findAll(Sort.by("startsAt", "id")).stream()
                .filter(course -> course.getStartsAt().isAfter(now))
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public CourseSummary get(Long id) {
        return summary(courses.findById(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional(readOnly = true)
    public Set<Long> registeredCourseIds(String username) {
        return registrations.findByUsernameAndStatus(username, TrainingRegistration.CONFIRMED).stream()
                .map(TrainingRegistration::getCourseId).collect(Collectors.toSet());
    }

    /** Returns the user's current registration or waiting-list place on a course. */
    @Transactional(readOnly = true)
    public TrainingRegistration registrationOf(Long courseId, String username) {
        TrainingCourse course = courses.findById(courseId).orElseThrow(() -> notFound(courseId));
        return registrations.findByCourseIdAndUsername(courseId, username)
                .filter(TrainingRegistration::isActive)
                .orElseThrow(() -> new NotFoundException("servicedesk.training.registration.not-found",
                        "servicedesk.training.registrationNotFound", course.getTitle()));
    }

    /** Returns the user's waiting-list positions by course id, counting from 1. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> waitingPositions(String username) {
        Map<Long, Integer> positions = new HashMap<>();
        for (TrainingRegistration registration : registrations.findByUsernameAndStatus(username,
                TrainingRegistration.WAITING)) {
            positions.put(registration.getCourseId(), waitingPosition(registration));
        }
        return positions;
    }

    /** Returns the registration's position on its course's waiting list counting from 1, or 0 when not waiting. */
    @Transactional(readOnly = true)
    public int waitingPosition(TrainingRegistration registration) {
        if (!registration.isWaiting()) {
            return 0;
        }
        List<TrainingRegistration> queue = registrations.findByCourseIdAndStatusOrderByRegisteredAtAscIdAsc(
                registration.getCourseId(), TrainingRegistration.WAITING);
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).getId().equals(registration.getId())) {
                return i + 1;
            }
        }
        return 0;
    }

    @Transactional
    public TrainingRegistration register(Long courseId, CurrentUser user) {
        TrainingCourse course = courses.findForUpdate(courseId).orElseThrow(() -> notFound(courseId));
        if (!course.getStartsAt().isAfter(clock.instant())) {
            throw new ConflictException("servicedesk.training.started", "servicedesk.training.started",
                    course.getTitle());
        }
        TrainingRegistration existing = registrations.findByCourseIdAndUsername(courseId, user.username())
                .orElse(null);
        if (existing != null && existing.isConfirmed()) {
            throw new ConflictException("servicedesk.training.registered", "servicedesk.training.alreadyRegistered",
                    course.getTitle());
        }
        if (existing != null && existing.isWaiting()) {
            throw new ConflictException("servicedesk.training.waiting", "servicedesk.training.alreadyWaiting",
                    course.getTitle(), waitingPosition(existing));
        }
        boolean placeFree = registrations.countByCourseIdAndStatus(courseId, TrainingRegistration.CONFIRMED)
                < course.getCapacity();
        TrainingRegistration registration;
        if (existing == null) {
            registration = registrations.save(new TrainingRegistration(courseId, user.username(),
                    user.organizationId(), placeFree, clock.instant()));
        } else {
            existing.renew(placeFree, clock.instant());
            registration = existing;
        }
        registrations.flush();
        if (placeFree) {
            notices.trainingConfirmed(registration, course);
            log.info("User {} registered for training course {}", user.userId(), courseId);
        } else {
            int position = waitingPosition(registration);
            notices.trainingWaiting(registration, course, position);
            log.info("User {} joined the waiting list of training course {} at position {}", user.userId(),
                    courseId, position);
        }
        return registration;
    }

    @Transactional
    public TrainingRegistration cancel(Long courseId, CurrentUser user) {
        TrainingCourse course = courses.findForUpdate(courseId).orElseThrow(() -> notFound(courseId));
        TrainingRegistration registration = registrations.findByCourseIdAndUsername(courseId, user.username())
                .filter(TrainingRegistration::isActive)
                .orElseThrow(() -> new NotFoundException("servicedesk.training.registration.not-found",
                        "servicedesk.training.registrationNotFound", course.getTitle()));
        boolean placeFreed = registration.isConfirmed();
        registration.cancel();
        registrations.flush();
        log.info("User {} cancelled the registration for training course {}", user.userId(), courseId);
        if (placeFreed && course.getStartsAt().isAfter(clock.instant())) {
            promoteFirstWaiting(course);
        }
        return registration;
    }

    /** Gives the free places to the waiting list in order. The caller must hold the course's row lock. */
    private void promoteFirstWaiting(TrainingCourse course) {
        long free = course.getCapacity()
                - registrations.countByCourseIdAndStatus(course.getId(), TrainingRegistration.CONFIRMED);
        List<TrainingRegistration> queue = registrations.findByCourseIdAndStatusOrderByRegisteredAtAscIdAsc(
                course.getId(), TrainingRegistration.WAITING);
        for (int i = 0; i < free && i < queue.size(); i++) {
            TrainingRegistration promoted = queue.get(i);
            promoted.promote();
            notices.trainingPromoted(promoted, course);
            log.info("User {} moved from the waiting list onto training course {}", promoted.getUsername(),
                    course.getId());
        }
    }

    private CourseSummary summary(TrainingCourse course) {
        return new CourseSummary(course,
                registrations.countByCourseIdAndStatus(course.getId(), TrainingRegistration.CONFIRMED),
                registrations.countByCourseIdAndStatus(course.getId(), TrainingRegistration.WAITING));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("servicedesk.training.not-found", "servicedesk.training.notFound", String.valueOf(id));
    }
}
