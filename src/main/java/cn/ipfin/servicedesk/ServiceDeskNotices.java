package cn.ipfin.servicedesk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.ipfin.notification.Notifications;
import org.springframework.stereotype.Component;

/** Sends the service desk's in-app notifications (站内信) inside the caller's transaction. */
@Component
class ServiceDeskNotices {

    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;

    ServiceDeskNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void ticketUpdated(ServiceTicket ticket) {
        notifications.notifyUser(ticket.getRequester(), "servicedesk.ticket-updated",
                "servicedesk.notice.ticketUpdated", List.of(String.valueOf(ticket.getId()), ticket.getSubject()),
                "/service-desk/tickets/" + ticket.getId());
    }

    void trainingConfirmed(TrainingRegistration registration, TrainingCourse course) {
        notifications.notifyUser(registration.getUsername(), "servicedesk.training-confirmed",
                "servicedesk.notice.trainingConfirmed", List.of(course.getTitle(),
                        START_TIME.format(course.getStartsAt())), "/training");
    }

    void trainingWaiting(TrainingRegistration registration, TrainingCourse course, int position) {
        notifications.notifyUser(registration.getUsername(), "servicedesk.training-waiting",
                "servicedesk.notice.trainingWaiting", List.of(course.getTitle(), String.valueOf(position)),
                "/training");
    }

    void trainingPromoted(TrainingRegistration registration, TrainingCourse course) {
        notifications.notifyUser(registration.getUsername(), "servicedesk.training-promoted",
                "servicedesk.notice.trainingPromoted", List.of(course.getTitle(),
                        START_TIME.format(course.getStartsAt())), "/training");
    }
}
