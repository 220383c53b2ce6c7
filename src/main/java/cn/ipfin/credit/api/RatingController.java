package cn.ipfin.credit.api;

import java.util.List;
import java.util.Locale;

import cn.ipfin.credit.CreditRating;
import cn.ipfin.credit.CreditRatingService;
import cn.ipfin.credit.RatingModels;
import cn.ipfin.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Credit ratings (信用评级) of an enterprise: made by bank or evaluator users, read by whoever may read its file. */
@RestController
@RequestMapping("/api/v1/enterprises/{orgId}/ratings")
public class RatingController {

    private final CreditRatingService ratings;
    private final RatingModels models;
    private final MessageSource messages;

    RatingController(CreditRatingService ratings, RatingModels models, MessageSource messages) {
        this.ratings = ratings;
        this.models = models;
        this.messages = messages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('BANK', 'EVALUATOR')")
    public RatingResponse rate(@PathVariable Long orgId, @RequestBody RatingRequest request,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        CreditRating rating = ratings.rate(orgId, request.answersOrEmpty(), user);
        return RatingResponse.from(rating, models.load(rating.getModelVersion()), messages, locale);
    }

    @GetMapping
    public List<RatingResponse> list(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        return ratings.ratingsOf(orgId, user).stream()
                .map(rating -> RatingResponse.from(rating, models.load(rating.getModelVersion()), messages, locale))
                .toList();
    }
}
