package cn.ipfin.roadshow.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.roadshow.ProjectEngagementService;
import cn.ipfin.roadshow.api.RoadshowViews.InterestView;
import cn.ipfin.roadshow.api.RoadshowViews.MeetingView;
import cn.ipfin.roadshow.api.RoadshowViews.QuestionView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investors follow projects, ask questions, express interest and request meetings, and the project's enterprise
 * replies and decides. The Q&A thread is public, while interest and meeting requests are read only by the two
 * organisations involved.
 */
@RestController
@RequestMapping("/api/v1/roadshow")
class EngagementApiController {

    private final ProjectEngagementService engagement;

    EngagementApiController(ProjectEngagementService engagement) {
        this.engagement = engagement;
    }

    record TextRequest(String text) {
    }

    record InterestRequest(BigDecimal intendedAmount, String message) {
    }

    record MeetingDecision(Boolean accept, Instant meetingAt, String reply) {
    }

    @PostMapping("/projects/{id}/follow")
    @PreAuthorize("hasRole('INVESTOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void follow(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        engagement.follow(id, user);
    }

    @DeleteMapping("/projects/{id}/follow")
    @PreAuthorize("hasRole('INVESTOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        engagement.unfollow(id, user);
    }

    @GetMapping("/projects/{id}/questions")
    List<QuestionView> questions(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return engagement.questions(id, user).stream().map(QuestionView::of).toList();
    }

    @PostMapping("/projects/{id}/questions")
    @PreAuthorize("hasRole('INVESTOR')")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionView ask(@PathVariable Long id, @RequestBody TextRequest body, @AuthenticationPrincipal CurrentUser user) {
        return QuestionView.of(engagement.ask(id, user, body.text()));
    }

    @PostMapping("/questions/{id}/answer")
    @PreAuthorize("hasRole('ENTERPRISE')")
    QuestionView answer(@PathVariable Long id, @RequestBody TextRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return QuestionView.of(engagement.answer(id, user, body.text()));
    }

    @PostMapping("/projects/{id}/interests")
    @PreAuthorize("hasRole('INVESTOR')")
    @ResponseStatus(HttpStatus.CREATED)
    InterestView expressInterest(@PathVariable Long id, @RequestBody InterestRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return InterestView.of(engagement.expressInterest(id, user, body.intendedAmount(), body.message()));
    }

    @GetMapping("/projects/{id}/interests")
    @PreAuthorize("isAuthenticated()")
    List<InterestView> interests(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return engagement.interests(id, user).stream().map(InterestView::of).toList();
    }

    @GetMapping("/interests/{id}")
    @PreAuthorize("isAuthenticated()")
    InterestView interest(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return InterestView.of(engagement.interest(id, user));
    }

    @PostMapping("/projects/{id}/meetings")
    @PreAuthorize("hasRole('INVESTOR')")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView requestMeeting(@PathVariable Long id, @RequestBody TextRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return MeetingView.of(engagement.requestMeeting(id, user, body.text()));
    }

    @GetMapping("/projects/{id}/meetings")
    @PreAuthorize("isAuthenticated()")
    List<MeetingView> meetings(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return engagement.meetings(id, user).stream().map(MeetingView::of).toList();
    }

    @PostMapping("/meetings/{id}/decision")
    @PreAuthorize("hasRole('ENTERPRISE')")
    MeetingView decide(@PathVariable Long id, @RequestParam long version, @RequestBody MeetingDecision body,
            @AuthenticationPrincipal CurrentUser user) {
        boolean accept = Boolean.TRUE.equals(body.accept());
        return MeetingView.of(engagement.decideMeeting(id, version, user, accept, body.meetingAt(), body.reply()));
    }
}
