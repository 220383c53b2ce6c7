package cn.ipfin.roadshow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.ipfin.notification.Notifications;
import org.springframework.stereotype.Component;

/** Sends the roadshow's in-app notifications (站内信) inside the caller's transaction. */
@Component
class RoadshowNotices {

    private static final DateTimeFormatter MEETING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;

    RoadshowNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void questionAnswered(ProjectQuestion question, RoadshowProject project) {
        notifications.notifyUser(question.getAskerUsername(), "roadshow.question-answered",
                "roadshow.notice.questionAnswered", List.of(project.getTitle()), projectLink(project));
    }

    void meetingDecided(MeetingRequest meeting, RoadshowProject project) {
        if (meeting.getStatus() == MeetingStatus.ACCEPTED) {
            notifications.notifyUser(meeting.getRequestedBy(), "roadshow.meeting-accepted",
                    "roadshow.notice.meetingAccepted", List.of(project.getTitle(),
                            MEETING_TIME.format(meeting.getMeetingAt())), projectLink(project));
        } else {
            notifications.notifyUser(meeting.getRequestedBy(), "roadshow.meeting-declined",
                    "roadshow.notice.meetingDeclined", List.of(project.getTitle()), projectLink(project));
        }
    }

    void registrationConfirmed(EventRegistration registration, RoadshowEvent event) {
        notifications.notifyUser(registration.getUsername(), "roadshow.registration-confirmed",
                "roadshow.notice.registrationConfirmed", List.of(event.getTitle(),
                        MEETING_TIME.format(event.getStartsAt())), "/roadshow/events");
    }

    void promotedFromWaitingList(EventRegistration registration, RoadshowEvent event) {
        notifications.notifyUser(registration.getUsername(), "roadshow.registration-promoted",
                "roadshow.notice.registrationPromoted", List.of(event.getTitle(),
                        MEETING_TIME.format(event.getStartsAt())), "/roadshow/events");
    }

    private static String projectLink(RoadshowProject project) {
        return "/roadshow/projects/" + project.getId();
    }
}
