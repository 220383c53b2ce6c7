package cn.ipfin.roadshow.api;

import java.util.List;
import java.util.Locale;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.roadshow.InvestorPreference;
import cn.ipfin.roadshow.MatchmakingService;
import cn.ipfin.roadshow.api.RoadshowViews.MatchView;
import cn.ipfin.roadshow.api.RoadshowViews.PreferenceView;
import cn.ipfin.core.error.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Investors' preferences and the matchmaking rankings, each score with its parts and reasons. */
@RestController
@RequestMapping("/api/v1/roadshow")
class MatchmakingApiController {

    private final MatchmakingService matchmaking;
    private final MessageSource messages;

    MatchmakingApiController(MatchmakingService matchmaking, MessageSource messages) {
        this.matchmaking = matchmaking;
        this.messages = messages;
    }

    @GetMapping("/preferences")
    @PreAuthorize("hasRole('INVESTOR')")
    PreferenceView preference(@AuthenticationPrincipal CurrentUser user) {
        return matchmaking.preferenceOf(user.organizationId()).map(PreferenceView::of)
                .orElseThrow(() -> new NotFoundException("roadshow.preference.not-found",
                        "roadshow.preference.notFound"));
    }

    @PutMapping("/preferences")
    @PreAuthorize("hasRole('INVESTOR')")
    PreferenceView savePreference(@RequestParam(required = false) Long version,
            @RequestBody InvestorPreference.PreferenceForm form, @AuthenticationPrincipal CurrentUser user) {
        return PreferenceView.of(matchmaking.savePreference(user.organizationId(), version, form));
    }

    @GetMapping("/matches/projects")
    @PreAuthorize("hasRole('INVESTOR')")
    List<MatchView> projectsForMe(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return matchmaking.projectsFor(user.organizationId()).stream()
                .map(match -> MatchView.of(match.candidate().getId(), match.candidate().getTitle(), match.score(),
                        messages, locale))
                .toList();
    }

    @GetMapping("/projects/{id}/matches")
    @PreAuthorize("isAuthenticated()")
    List<MatchView> investorsForProject(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        return matchmaking.investorsFor(id, user).stream()
                .map(match -> MatchView.of(match.candidate().getOrganizationId(),
                        match.candidate().getOrganizationName(), match.score(), messages, locale))
                .toList();
    }
}
