package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investor engagement with a published project (follow, question, interest, meeting request) and the
 * enterprise's replies. Questions and answers are public, while interest and meeting requests are read only by
 * the project's enterprise and the investor organisation that made them.
 */
@Service
public class ProjectEngagementService {

    private static final Logger log = LoggerFactory.getLogger(ProjectEngagementService.class);
    private static final int MAX_TEXT = 2000;

    private final RoadshowService roadshow;
    private final ProjectFollows follows;
    private final ProjectQuestions questions;
    private final InvestorInterests interests;
    private final MeetingRequests meetings;
    private final OrganizationService organizations;
    private final RoadshowNotices notices;
    private final Clock clock;

    ProjectEngagementService(RoadshowService roadshow, ProjectFollows follows, ProjectQuestions questions,
            InvestorInterests interests, MeetingRequests meetings, OrganizationService organizations,
            RoadshowNotices notices, Clock clock) {
        this.roadshow = roadshow;
        this.follows = follows;
        this.questions = questions;
        this.interests = interests;
        this.meetings = meetings;
        this.organizations = organizations;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void follow(Long projectId, CurrentUser investor) {
        RoadshowProject project = published(projectId);
        if (!follows.existsByProjectIdAndOrganizationId(project.getId(), investor.organizationId())) {
            follows.save(new ProjectFollow(project.getId(), investor.organizationId(), investor.username(),
                    clock.instant()));
        }
    }

    @Transactional
    public void unfollow(Long projectId, CurrentUser investor) {
        follows.deleteByProjectIdAndOrganizationId(projectId, investor.organizationId());
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(Long projectId, Long organizationId) {
        return follows.existsByProjectIdAndOrganizationId(projectId, organizationId);
    }

    @Transactional(readOnly = true)
    public long followerCount(Long projectId) {
        return follows.countByProjectId(projectId);
    }

    /** Returns the published projects the investor's organisation follows, latest follow first. */
    @Transactional(readOnly = true)
    public List<RoadshowProject> followed(Long organizationId) {
        return follows.findByOrganizationIdOrderByFollowedAtDesc(organizationId).stream()
                .map(follow -> roadshow.visible(follow.getProjectId(), null)).toList();
    }

    @Transactional
    public ProjectQuestion ask(Long projectId, CurrentUser investor, String text) {
        RoadshowProject project = published(projectId);
        String question = requireText("question", text);
        ProjectQuestion saved = questions.save(new ProjectQuestion(project.getId(), investor.username(),
                organizationName(investor), question, clock.instant()));
        log.info("Question {} asked on roadshow project {}", saved.getId(), projectId);
        return saved;
    }

    /** Answers a question on the enterprise's own project and notifies the investor who asked. */
    @Transactional
    public ProjectQuestion answer(Long questionId, CurrentUser enterprise, String text) {
        ProjectQuestion question = questions.findById(questionId).orElseThrow(
                () -> new NotFoundException("roadshow.question.not-found", "roadshow.question.notFound", questionId));
        RoadshowProject project = roadshow.owned(question.getProjectId(), null, enterprise.organizationId());
        question.answer(requireText("answer", text), enterprise.username(), clock.instant());
        questions.flush();
        notices.questionAnswered(question, project);
        log.info("Question {} on roadshow project {} answered", questionId, project.getId());
        return question;
    }

    /** Returns the public Q&A thread of a project the viewer may see. */
    @Transactional(readOnly = true)
    public List<ProjectQuestion> questions(Long projectId, CurrentUser viewer) {
        roadshow.visible(projectId, viewer);
        return questions.findByProjectIdOrderByAskedAtAscIdAsc(projectId);
    }

    @Transactional
    public InvestorInterest expressInterest(Long projectId, CurrentUser investor, BigDecimal intendedAmount,
            String text) {
        RoadshowProject project = published(projectId);
        String message = requireText("message", text);
        Money amount = null;
        if (intendedAmount != null) {
            if (intendedAmount.signum() <= 0 || intendedAmount.stripTrailingZeros().scale() > 2) {
                throw InvalidInputException.of("intendedAmount", "roadshow.interest.amountInvalid",
                        intendedAmount.toPlainString());
            }
            amount = Money.of(intendedAmount);
        }
        InvestorInterest saved = interests.save(new InvestorInterest(project.getId(), investor.organizationId(),
                organizationName(investor), investor.username(), amount, message, clock.instant()));
        log.info("Interest {} expressed in roadshow project {} by organization {}", saved.getId(), projectId,
                investor.organizationId());
        return saved;
    }

    /**
     * Returns the interest in a project that the viewer may read: all of it for the project's enterprise and
     * the platform staff, the viewer's own organisation's for anyone else.
     */
    @Transactional(readOnly = true)
    public List<InvestorInterest> interests(Long projectId, CurrentUser viewer) {
        RoadshowProject project = roadshow.visible(projectId, viewer);
        if (project.isOwnedBy(viewer.organizationId()) || viewer.isPlatformStaff()) {
            return interests.findByProjectIdOrderByCreatedAtDesc(projectId);
        }
        return interests.findByProjectIdAndInvestorOrganizationIdOrderByCreatedAtDesc(projectId,
                viewer.organizationId());
    }

    /** Returns one expression of interest to the project's enterprise or the investor that made it. */
    @Transactional(readOnly = true)
    public InvestorInterest interest(Long interestId, CurrentUser viewer) {
        InvestorInterest interest = interests.findById(interestId).orElseThrow(() -> interestNotFound(interestId));
        RoadshowProject project = roadshow.visible(interest.getProjectId(), viewer);
        boolean allowed = viewer.organizationId().equals(interest.getInvestorOrganizationId())
                || project.isOwnedBy(viewer.organizationId()) || viewer.isPlatformStaff();
        if (!allowed) {
            throw interestNotFound(interestId);
        }
        return interest;
    }

    @Transactional(readOnly = true)
    public List<InvestorInterest> interestsOf(Long investorOrganizationId) {
        return interests.findByInvestorOrganizationIdOrderByCreatedAtDesc(investorOrganizationId);
    }

    @Transactional
    public MeetingRequest requestMeeting(Long projectId, CurrentUser investor, String proposal) {
        RoadshowProject project = published(projectId);
        MeetingRequest saved = meetings.save(new MeetingRequest(project.getId(), investor.organizationId(),
                organizationName(investor), investor.username(), requireText("proposal", proposal),
                clock.instant()));
        log.info("Meeting {} requested on roadshow project {}", saved.getId(), projectId);
        return saved;
    }

    /**
     * Accepts a meeting request with a meeting time in the future, or declines it, and tells the investor who
     * asked. Only the project's enterprise decides.
     */
    @Transactional
    public MeetingRequest decideMeeting(Long meetingId, long expectedVersion, CurrentUser enterprise, boolean accept,
            Instant meetingAt, String reply) {
        MeetingRequest meeting = meetings.findById(meetingId).orElseThrow(() -> meetingNotFound(meetingId));
        RoadshowProject project = roadshow.owned(meeting.getProjectId(), null, enterprise.organizationId());
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MeetingRequest.class, meetingId);
        }
        String replyText = reply == null || reply.isBlank() ? null : limit("reply", reply.strip());
        if (accept) {
            if (meetingAt == null || !meetingAt.isAfter(clock.instant())) {
                throw InvalidInputException.of("meetingAt", "roadshow.meeting.timeRequired");
            }
            meeting.accept(meetingAt, replyText, enterprise.username(), clock.instant());
        } else {
            meeting.decline(replyText, enterprise.username(), clock.instant());
        }
        meetings.flush();
        notices.meetingDecided(meeting, project);
        log.info("Meeting {} on roadshow project {} {}", meetingId, project.getId(), meeting.getStatus());
        return meeting;
    }

    /** Returns the meeting requests on a project: all for its enterprise and staff, the viewer's own otherwise. */
    @Transactional(readOnly = true)
    public List<MeetingRequest> meetings(Long projectId, CurrentUser viewer) {
        RoadshowProject project = roadshow.visible(projectId, viewer);
        if (project.isOwnedBy(viewer.organizationId()) || viewer.isPlatformStaff()) {
            return meetings.findByProjectIdOrderByCreatedAtDesc(projectId);
        }
        return meetings.findByProjectIdAndInvestorOrganizationIdOrderByCreatedAtDesc(projectId,
                viewer.organizationId());
    }

    @Transactional(readOnly = true)
    public List<MeetingRequest> meetingsOf(Long investorOrganizationId) {
        return meetings.findByInvestorOrganizationIdOrderByCreatedAtDesc(investorOrganizationId);
    }

    private RoadshowProject published(Long projectId) {
        RoadshowProject project = roadshow.visible(projectId, null);
        if (!project.isPublished()) {
            throw new ConflictException("roadshow.project.not-published", "roadshow.project.notPublished", projectId);
        }
        return project;
    }

    private String organizationName(CurrentUser user) {
        return organizations.find(user.organizationId()).map(org -> org.getName()).orElse(user.displayName());
    }

    private static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "roadshow." + field + ".required");
        }
        return limit(field, text.strip());
    }

    private static String limit(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "roadshow.text.tooLong", MAX_TEXT);
        }
        return text;
    }

    private static NotFoundException interestNotFound(Long id) {
        return new NotFoundException("roadshow.interest.not-found", "roadshow.interest.notFound", String.valueOf(id));
    }

    private static NotFoundException meetingNotFound(Long id) {
        return new NotFoundException("roadshow.meeting.not-found", "roadshow.meeting.notFound", String.valueOf(id));
    }
}
