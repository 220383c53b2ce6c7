package cn.ipfin.product.api;

import java.util.List;
import java.util.Locale;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.product.MatchMessages;
import cn.ipfin.product.ProductMatch;
import cn.ipfin.product.RateRange;
import cn.ipfin.product.RecommendationService;
import cn.ipfin.product.RecommendationService.Recommendation;
import cn.ipfin.product.RecommendationService.RecommendationRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Product recommendations for the signed-in enterprise, with the reasons in the request's language. */
@RestController
class RecommendationApiController {

    private final RecommendationService recommendations;
    private final MatchMessages messages;

    RecommendationApiController(RecommendationService recommendations, MatchMessages messages) {
        this.recommendations = recommendations;
        this.messages = messages;
    }

    /** One recommended product: met conditions are the reasons, missing ones say what the enterprise lacks. */
    record RecommendationView(Long productId, String productName, String organizationName, String type,
            ProductMatch.Outcome outcome, RateRange rates, List<String> reasons, List<String> missing,
            List<String> toCheck) {
    }

    @PostMapping("/api/v1/product-recommendations")
    @PreAuthorize("hasRole('ENTERPRISE')")
    List<RecommendationView> recommend(@RequestBody RecommendationRequest request,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return recommendations.recommend(user.organizationId(), request).stream()
                .map(recommendation -> view(recommendation, locale)).toList();
    }

    private RecommendationView view(Recommendation recommendation, Locale locale) {
        ProductMatch match = recommendation.match();
        return new RecommendationView(recommendation.product().getId(), recommendation.product().getName(),
                recommendation.product().getOrganizationName(), recommendation.product().getType().name(),
                match.outcome(), recommendation.rates(), messages.resolve(match.met(), locale),
                messages.resolve(match.missing(), locale), messages.resolve(match.toCheck(), locale));
    }
}
