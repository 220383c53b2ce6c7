package cn.ipfin.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * get a confirmation notification. A full course rejects further registrations with a conflict. Registrations
 * lock the course's row, so concurrent registrations never exceed the capacity.
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

    /** A course with the number of places taken. */
    public record CourseSummary(TrainingCourse course, long registered) {

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
        if (registrations.countByCourseIdAndStatus(courseId, TrainingRegistration.CONFIRMED) >= course.getCapacity()) {
            throw new ConflictException("servicedesk.training.full", "servicedesk.training.full", course.getTitle());
        }
        TrainingRegistration registration;
        if (existing == null) {
            registration = registrations.save(new TrainingRegistration(courseId, user.username(),
                    user.organizationId(), clock.instant()));
        } else {
            existing.renew(clock.instant());
            registration = existing;
        }
        registrations.flush();
        notices.trainingConfirmed(registration, course);
        log.info("User {} registered for training course {}", user.userId(), courseId);
        return registration;
    }

    @Transactional
    public TrainingRegistration cancel(Long courseId, CurrentUser user) {
        TrainingCourse course = courses.findForUpdate(courseId).orElseThrow(() -> notFound(courseId));
        TrainingRegistration registration = registrations.findByCourseIdAndUsername(courseId, user.username())
                .filter(TrainingRegistration::isConfirmed)
                .orElseThrow(() -> new NotFoundException("servicedesk.training.registration.not-found",
                        "servicedesk.training.registrationNotFound", course.getTitle()));
        registration.cancel();
        return registration;
    }

    private CourseSummary summary(TrainingCourse course) {
        return new CourseSummary(course,
                registrations.countByCourseIdAndStatus(course.getId(), TrainingRegistration.CONFIRMED));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("servicedesk.training.not-found", "servicedesk.training.notFound", String.valueOf(id));
    }
}
