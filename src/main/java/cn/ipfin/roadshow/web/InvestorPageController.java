package cn.ipfin.roadshow.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.InvestorPreference;
import cn.ipfin.roadshow.MatchmakingService;
import cn.ipfin.roadshow.ProjectEngagementService;
import cn.ipfin.roadshow.RoadshowService;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My roadshow": an enterprise's own projects, or an investor's followed projects, interest, meetings,
 * preferences and ranked projects.
 */
@Controller
class InvestorPageController {

    private final RoadshowService roadshow;
    private final ProjectEngagementService engagement;
    private final MatchmakingService matchmaking;
    private final MessageSource messages;

    InvestorPageController(RoadshowService roadshow, ProjectEngagementService engagement,
            MatchmakingService matchmaking, MessageSource messages) {
        this.roadshow = roadshow;
        this.engagement = engagement;
        this.matchmaking = matchmaking;
        this.messages = messages;
    }

    @GetMapping("/roadshow/mine")
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.hasRole(Role.INVESTOR)) {
            model.addAttribute("followed", engagement.followed(user.organizationId()));
            model.addAttribute("interests", engagement.interestsOf(user.organizationId()));
            model.addAttribute("meetings", engagement.meetingsOf(user.organizationId()));
        } else {
            model.addAttribute("projects", roadshow.ownedBy(user.organizationId()));
        }
        model.addAttribute("investorView", user.hasRole(Role.INVESTOR));
        return "roadshow/mine";
    }

    @GetMapping("/roadshow/matches")
    @PreAuthorize("hasRole('INVESTOR')")
    String matches(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        InvestorPreference preference = matchmaking.preferenceOf(user.organizationId()).orElse(null);
        model.addAttribute("preference", preference);
        model.addAttribute("selectedIndustries", preference == null ? Set.of() : preference.getIndustries());
        model.addAttribute("selectedStages", preference == null ? Set.of() : preference.getStages());
        model.addAttribute("matches", matchmaking.projectsFor(user.organizationId()).stream()
                .map(match -> MatchRow.of(match.candidate().getId(), match.candidate().getTitle(), match.score(),
                        messages, locale))
                .toList());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("stages", FundingStage.values());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "roadshow/matches";
    }

    @PostMapping("/roadshow/preferences")
    @PreAuthorize("hasRole('INVESTOR')")
    String savePreferences(@RequestParam(required = false) Set<Industry> industries,
            @RequestParam(required = false) Set<FundingStage> stages,
            @RequestParam(required = false) String minTicket, @RequestParam(required = false) String maxTicket,
            @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            matchmaking.savePreference(user.organizationId(), version, new InvestorPreference.PreferenceForm(
                    industries, stages, amount("minTicket", minTicket), amount("maxTicket", maxTicket)));
            redirect.addFlashAttribute("notice", messages.getMessage("roadshow.page.preferencesSaved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.messagesByField(messages, locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/roadshow/matches";
    }

    private static BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "roadshow.page.amountNotNumber", text);
        }
    }
}
