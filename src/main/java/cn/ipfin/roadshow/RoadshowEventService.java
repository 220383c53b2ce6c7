package cn.ipfin.roadshow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Schedules roadshow events and keeps their registrations. A registration takes a seat while seats are free and
 * joins the waiting list otherwise; a cancelled seat goes to the earliest waiting registrant. Every change of an
 * event's registrations first locks the event's row, so concurrent registrations never exceed the capacity.
 */
@Service
public class RoadshowEventService {

    private static final Logger log = LoggerFactory.getLogger(RoadshowEventService.class);

    private final RoadshowEvents events;
    private final EventRegistrations registrations;
    private final RoadshowNotices notices;
    private final Clock clock;

    RoadshowEventService(RoadshowEvents events, EventRegistrations registrations, RoadshowNotices notices,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.notices = notices;
        this.clock = clock;
    }

    /** The operator's input for a new event. */
    public record EventForm(String title, String description, EventFormat format, String location,
            Instant startsAt, Integer capacity) {
    }

    /** An event with its seat counts. */
    public record EventSummary(RoadshowEvent event, long confirmed, long waiting) {

        public long freeSeats() {
            return Math.max(0, event.getCapacity() - confirmed);
        }
    }

    @Transactional
    public RoadshowEvent schedule(EventForm form, String operator) {
        List<Violation> violations = new java.util.ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            violations.add(new Violation("title", "roadshow.event.titleRequired"));
        }
        if (form.location() == null || form.location().isBlank()) {
            violations.add(new Violation("location", "roadshow.event.locationRequired"));
        }
        if (form.format() == null) {
            violations.add(new Violation("format", "roadshow.event.formatRequired"));
        }
        if (form.startsAt() == null || !form.startsAt().isAfter(clock.instant())) {
            violations.add(new Violation("startsAt", "roadshow.event.startsAtFuture"));
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 10_000) {
            violations.add(new Violation("capacity", "roadshow.event.capacityRange", 1, 10_000));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        RoadshowEvent event = events.save(new RoadshowEvent(form.title().strip(),
                form.description() == null || form.description().isBlank() ? null : form.description().strip(),
                form.format(), form.location().strip(), form.startsAt(), form.capacity(), operator, clock.instant()));
        log.info("Roadshow event {} scheduled by {} with {} seats", event.getId(), operator, event.getCapacity());
        return event;
    }

    /** Returns the events that have not started yet, soonest first, with their seat counts. */
    @Transactional(readOnly = true)
    public List<EventSummary> upcoming() {
        Instant now = clock.instant();
        return events.findAll(Sort.by("startsAt", "id")).stream()
                .filter(event -> event.getStartsAt().isAfter(now))
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public EventSummary get(Long eventId) {
        return summary(events.findById(eventId).orElseThrow(() -> notFound(eventId)));
    }

    /** Returns the user's current registrations by event id. */
    @Transactional(readOnly = true)
    public Map<Long, EventRegistration> registrationsOf(String username) {
        return registrations.findByUsernameAndStatusNot(username, RegistrationStatus.CANCELLED).stream()
                .collect(Collectors.toMap(EventRegistration::getEventId, Function.identity()));
    }

    /** Registers the user: a confirmed seat while seats are free, a place on the waiting list otherwise. */
    @Transactional
    public EventRegistration register(Long eventId, CurrentUser user) {
        RoadshowEvent event = events.findForUpdate(eventId).orElseThrow(() -> notFound(eventId));
        if (!event.getStartsAt().isAfter(clock.instant())) {
            throw new ConflictException("roadshow.event.started", "roadshow.event.started", event.getTitle());
        }
        EventRegistration existing = registrations.findByEventIdAndUsername(eventId, user.username()).orElse(null);
        if (existing != null && existing.getStatus() != RegistrationStatus.CANCELLED) {
            throw new ConflictException("roadshow.registration.exists", "roadshow.registration.exists",
                    event.getTitle());
        }
        boolean seatFree = registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED)
                < event.getCapacity();
        RegistrationStatus status = seatFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        EventRegistration registration;
        if (existing == null) {
            registration = registrations.save(new EventRegistration(eventId, user.username(), user.organizationId(),
                    status, clock.instant()));
        } else {
            existing.renew(status, clock.instant());
            registration = existing;
        }
        registrations.flush();
        if (seatFree) {
            notices.registrationConfirmed(registration, event);
        }
        log.info("User {} registered for roadshow event {}: {}", user.userId(), eventId, status);
        return registration;
    }

    /** Cancels the user's registration; a freed seat goes to the earliest waiting registrant. */
    @Transactional
    public EventRegistration cancel(Long eventId, CurrentUser user) {
        RoadshowEvent event = events.findForUpdate(eventId).orElseThrow(() -> notFound(eventId));
        EventRegistration registration = registrations.findByEventIdAndUsername(eventId, user.username())
                .filter(found -> found.getStatus() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new NotFoundException("roadshow.registration.not-found",
                        "roadshow.registration.notFound", event.getTitle()));
        boolean freedSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel();
        registrations.flush();
        if (freedSeat) {
            registrations.findFirstByEventIdAndStatusOrderByRegisteredAtAscIdAsc(eventId, RegistrationStatus.WAITING)
                    .ifPresent(next -> {
                        next.confirm();
                        notices.promotedFromWaitingList(next, event);
                        log.info("Registration {} for roadshow event {} promoted from the waiting list",
                                next.getId(), eventId);
                    });
        }
        return registration;
    }

    private EventSummary summary(RoadshowEvent event) {
        return new EventSummary(event,
                registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED),
                registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.WAITING));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("roadshow.event.not-found", "roadshow.event.notFound", String.valueOf(id));
    }
}
