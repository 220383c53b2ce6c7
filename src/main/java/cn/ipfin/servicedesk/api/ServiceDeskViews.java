package cn.ipfin.servicedesk.api;

import java.time.Instant;
import java.time.LocalDate;

import cn.ipfin.servicedesk.Consultation;
import cn.ipfin.servicedesk.ServiceTicket;
import cn.ipfin.servicedesk.TicketComment;
import cn.ipfin.servicedesk.TrainingRegistration;
import cn.ipfin.servicedesk.TrainingService.CourseSummary;

/** The JSON shapes of the service desk, consultation and training API. */
final class ServiceDeskViews {

    private ServiceDeskViews() {
    }

    record TicketView(Long id, String channel, String category, String subject, String description,
            String requester, String contact, String assignee, String status, LocalDate createdOn, LocalDate dueOn,
            LocalDate resolvedOn, boolean slaBreached, Integer rating, long version) {

        static TicketView of(ServiceTicket ticket, LocalDate today) {
            return new TicketView(ticket.getId(), ticket.getChannel().name(), ticket.getCategory().name(),
                    ticket.getSubject(), ticket.getDescription(), ticket.getRequester(), ticket.getContact(),
                    ticket.getAssignee(), ticket.getStatus().name(), ticket.getCreatedOn(), ticket.getDueOn(),
                    ticket.getResolvedOn(), ticket.isSlaBreached(today), ticket.getRating(), ticket.getVersion());
        }
    }

    record CommentView(Long id, String author, String body, Instant createdAt) {

        static CommentView of(TicketComment comment) {
            return new CommentView(comment.getId(), comment.getAuthor(), comment.getBody(), comment.getCreatedAt());
        }
    }

    record ConsultationView(Long id, String type, Long organizationId, String organizationName, String description,
            String status, String advisor, String notes, Instant createdAt, long version) {

        static ConsultationView of(Consultation consultation) {
            return new ConsultationView(consultation.getId(), consultation.getType().name(),
                    consultation.getOrganizationId(), consultation.getOrganizationName(),
                    consultation.getDescription(), consultation.getStatus().name(), consultation.getAdvisor(),
                    consultation.getNotes(), consultation.getCreatedAt(), consultation.getVersion());
        }
    }

    record CourseView(Long id, String title, String description, String kind, String location, Instant startsAt,
            int capacity, long registered, long waiting) {

        static CourseView of(CourseSummary summary) {
            var course = summary.course();
            return new CourseView(course.getId(), course.getTitle(), course.getDescription(), course.getKind().name(),
                    course.getLocation(), course.getStartsAt(), course.getCapacity(), summary.registered(),
                    summary.waiting());
        }
    }

    /** A registration; {@code waitingPosition} counts from 1 on the waiting list and is null otherwise. */
    record RegistrationView(Long id, Long courseId, String status, Integer waitingPosition, Instant registeredAt) {

        static RegistrationView of(TrainingRegistration registration, int waitingPosition) {
            return new RegistrationView(registration.getId(), registration.getCourseId(), registration.getStatus(),
                    waitingPosition > 0 ? waitingPosition : null, registration.getRegisteredAt());
        }
    }
}
