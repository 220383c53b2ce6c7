package cn.ipfin.roadshow.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.ipfin.roadshow.EventRegistration;
import cn.ipfin.roadshow.FinancingMethod;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.InvestorInterest;
import cn.ipfin.roadshow.InvestorPreference;
import cn.ipfin.roadshow.MatchReasons;
import cn.ipfin.roadshow.MatchScore;
import cn.ipfin.roadshow.MeetingRequest;
import cn.ipfin.roadshow.ProjectQuestion;
import cn.ipfin.roadshow.ProjectStatus;
import cn.ipfin.roadshow.RoadshowEventService.EventSummary;
import cn.ipfin.roadshow.RoadshowProject;
import cn.ipfin.roadshow.TeamMember;
import org.springframework.context.MessageSource;

/** The JSON shapes of the roadshow API. Amounts are yuan with two decimal places. */
final class RoadshowViews {

    private RoadshowViews() {
    }

    record PageView<T>(List<T> content, long totalElements, int page, int size) {
    }

    record ProjectView(Long id, Long organizationId, String organizationName, String title, String summary,
            String industry, FundingStage stage, BigDecimal amountSought, FinancingMethod method, String useOfFunds,
            List<Long> ipAssetIds, List<TeamMember> team, ProjectStatus status, String reviewNote,
            String businessPlanName, Instant publishedAt, long version) {

        static ProjectView of(RoadshowProject project) {
            return new ProjectView(project.getId(), project.getOrganizationId(), project.getOrganizationName(),
                    project.getTitle(), project.getSummary(), project.getIndustry(), project.getStage(),
                    project.getAmountSought().amount(), project.getMethod(), project.getUseOfFunds(),
                    project.getIpAssetIds(), project.getTeam(), project.getStatus(), project.getReviewNote(),
                    project.getBusinessPlanName(), project.getPublishedAt(), project.getVersion());
        }
    }

    record QuestionView(Long id, String askerOrganization, String question, String answer, Instant askedAt,
            Instant answeredAt) {

        static QuestionView of(ProjectQuestion question) {
            return new QuestionView(question.getId(), question.getAskerOrganization(), question.getQuestion(),
                    question.getAnswer(), question.getAskedAt(), question.getAnsweredAt());
        }
    }

    record InterestView(Long id, Long projectId, Long investorOrganizationId, String investorOrganizationName,
            BigDecimal intendedAmount, String message, Instant createdAt) {

        static InterestView of(InvestorInterest interest) {
            return new InterestView(interest.getId(), interest.getProjectId(), interest.getInvestorOrganizationId(),
                    interest.getInvestorOrganizationName(),
                    interest.getIntendedAmount() == null ? null : interest.getIntendedAmount().amount(),
                    interest.getMessage(), interest.getCreatedAt());
        }
    }

    record MeetingView(Long id, Long projectId, String investorOrganizationName, String proposal, String status,
            Instant meetingAt, String reply, long version) {

        static MeetingView of(MeetingRequest meeting) {
            return new MeetingView(meeting.getId(), meeting.getProjectId(), meeting.getInvestorOrganizationName(),
                    meeting.getProposal(), meeting.getStatus().name(), meeting.getMeetingAt(), meeting.getReply(),
                    meeting.getVersion());
        }
    }

    record PreferenceView(Long organizationId, List<String> industries, List<FundingStage> stages,
            BigDecimal minTicket, BigDecimal maxTicket, long version) {

        static PreferenceView of(InvestorPreference preference) {
            return new PreferenceView(preference.getOrganizationId(),
                    preference.getIndustries().stream().map(Enum::name).toList(),
                    List.copyOf(preference.getStages()),
                    preference.getMinTicket() == null ? null : preference.getMinTicket().amount(),
                    preference.getMaxTicket() == null ? null : preference.getMaxTicket().amount(),
                    preference.getVersion());
        }
    }

    record ScorePartView(String criterion, int points, int maxPoints, String reason) {
    }

    record MatchView(Long id, String name, int score, List<ScorePartView> parts) {

        static MatchView of(Long id, String name, MatchScore score, MessageSource messages, Locale locale) {
            List<ScorePartView> parts = score.parts().stream()
                    .map(part -> new ScorePartView(part.criterion().name(), part.points(), part.maxPoints(),
                            MatchReasons.render(part.reason(), messages, locale)))
                    .toList();
            return new MatchView(id, name, score.total(), parts);
        }
    }

    record EventView(Long id, String title, String description, String format, String location, Instant startsAt,
            int capacity, long confirmed, long waiting) {

        static EventView of(EventSummary summary) {
            var event = summary.event();
            return new EventView(event.getId(), event.getTitle(), event.getDescription(), event.getFormat().name(),
                    event.getLocation(), event.getStartsAt(), event.getCapacity(), summary.confirmed(),
                    summary.waiting());
        }
    }

    record RegistrationView(Long id, Long eventId, String status, Instant registeredAt) {

        static RegistrationView of(EventRegistration registration) {
            return new RegistrationView(registration.getId(), registration.getEventId(),
                    registration.getStatus().name(), registration.getRegisteredAt());
        }
    }
}
