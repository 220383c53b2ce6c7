package cn.ipfin.roadshow.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.roadshow.FinancingMethod;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.MatchmakingService;
import cn.ipfin.roadshow.ProjectEngagementService;
import cn.ipfin.roadshow.ProjectQuery;
import cn.ipfin.roadshow.RoadshowProject;
import cn.ipfin.roadshow.RoadshowService;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public project list and project page, with the investors' actions (follow, ask, interest, meeting) and the
 * enterprise's answers and meeting decisions on the same page.
 */
@Controller
class RoadshowPageController {

    private final RoadshowService roadshow;
    private final ProjectEngagementService engagement;
    private final MatchmakingService matchmaking;
    private final MessageSource messages;

    RoadshowPageController(RoadshowService roadshow, ProjectEngagementService engagement,
            MatchmakingService matchmaking, MessageSource messages) {
        this.roadshow = roadshow;
        this.engagement = engagement;
        this.matchmaking = matchmaking;
        this.messages = messages;
    }

    @GetMapping("/roadshow")
    String list(@RequestParam(required = false) String industry, @RequestParam(required = false) FundingStage stage,
            @RequestParam(required = false) FinancingMethod method, @RequestParam(required = false) String keyword,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ProjectQuery query = new ProjectQuery(industry, stage, method, keyword);
        model.addAttribute("result", roadshow.published(query, PageRequest.of(Math.max(page, 0), 12,
                Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id")))));
        model.addAttribute("query", query);
        model.addAttribute("industries", Industry.values());
        model.addAttribute("stages", FundingStage.values());
        model.addAttribute("methods", FinancingMethod.values());
        return "roadshow/list";
    }

    @GetMapping("/roadshow/projects/{id}")
    String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        RoadshowProject project = roadshow.visible(id, user);
        boolean owner = user != null && project.isOwnedBy(user.organizationId());
        boolean investor = user != null && user.hasRole(Role.INVESTOR);
        model.addAttribute("project", project);
        model.addAttribute("assets", roadshow.linkedAssets(project));
        model.addAttribute("questions", engagement.questions(id, user));
        model.addAttribute("followers", engagement.followerCount(id));
        model.addAttribute("owner", owner);
        model.addAttribute("investor", investor && project.isPublished());
        model.addAttribute("staff", user != null && user.isPlatformStaff());
        model.addAttribute("mayDownloadPlan", project.hasBusinessPlan() && user != null
                && (owner || investor || user.isPlatformStaff()));
        if (user != null) {
            model.addAttribute("interests", engagement.interests(id, user));
            model.addAttribute("meetings", engagement.meetings(id, user));
            model.addAttribute("following", engagement.isFollowing(id, user.organizationId()));
        }
        if (owner && project.isPublished()) {
            model.addAttribute("investorMatches", matchmaking.investorsFor(id, user).stream()
                    .map(match -> MatchRow.of(match.candidate().getOrganizationId(),
                            match.candidate().getOrganizationName(), match.score(), messages, locale))
                    .toList());
        }
        return "roadshow/detail";
    }

    @GetMapping("/roadshow/projects/{id}/business-plan")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> businessPlan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        RoadshowService.BusinessPlan plan = roadshow.businessPlan(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(plan.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(plan.content());
    }

    @PostMapping("/roadshow/projects/{id}/follow")
    @PreAuthorize("hasRole('INVESTOR')")
    String follow(@PathVariable Long id, @RequestParam(defaultValue = "true") boolean follow,
            @AuthenticationPrincipal CurrentUser user) {
        if (follow) {
            engagement.follow(id, user);
        } else {
            engagement.unfollow(id, user);
        }
        return redirect(id);
    }

    @PostMapping("/roadshow/projects/{id}/questions")
    @PreAuthorize("hasRole('INVESTOR')")
    String ask(@PathVariable Long id, @RequestParam(required = false) String text,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "roadshow.page.questionSent", () -> engagement.ask(id, user, text));
    }

    @PostMapping("/roadshow/questions/{questionId}/answer")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String answer(@PathVariable Long questionId, @RequestParam Long projectId,
            @RequestParam(required = false) String text, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return act(projectId, redirect, locale, "roadshow.page.answerSent",
                () -> engagement.answer(questionId, user, text));
    }

    @PostMapping("/roadshow/projects/{id}/interests")
    @PreAuthorize("hasRole('INVESTOR')")
    String expressInterest(@PathVariable Long id, @RequestParam(required = false) String intendedAmount,
            @RequestParam(required = false) String message, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "roadshow.page.interestSent",
                () -> engagement.expressInterest(id, user, amount(intendedAmount), message));
    }

    @PostMapping("/roadshow/projects/{id}/meetings")
    @PreAuthorize("hasRole('INVESTOR')")
    String requestMeeting(@PathVariable Long id, @RequestParam(required = false) String proposal,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "roadshow.page.meetingSent",
                () -> engagement.requestMeeting(id, user, proposal));
    }

    @PostMapping("/roadshow/meetings/{meetingId}/decision")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String decideMeeting(@PathVariable Long meetingId, @RequestParam Long projectId, @RequestParam long version,
            @RequestParam boolean accept, @RequestParam(required = false) String meetingAt,
            @RequestParam(required = false) String reply, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return act(projectId, redirect, locale, "roadshow.page.meetingDecided",
                () -> engagement.decideMeeting(meetingId, version, user, accept,
                        PageTimes.parse("meetingAt", meetingAt), reply));
    }

    private String act(Long projectId, RedirectAttributes redirect, Locale locale, String successKey,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(successKey, null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.messagesByField(messages, locale).values()));
        } catch (BusinessRuleException e) {
            if (e instanceof cn.ipfin.core.error.NotFoundException) {
                throw e;
            }
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return redirect(projectId);
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("intendedAmount", "roadshow.page.amountNotNumber", text);
        }
    }

    private static String redirect(Long projectId) {
        return "redirect:/roadshow/projects/" + projectId;
    }
}
