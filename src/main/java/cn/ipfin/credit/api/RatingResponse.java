package cn.ipfin.credit.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.ipfin.credit.CreditRating;
import cn.ipfin.credit.FactorContribution;
import cn.ipfin.credit.RatingFactor;
import cn.ipfin.credit.RatingModel;
import org.springframework.context.MessageSource;

/** A stored rating with each factor's input and points; labels are in the request's language. */
public record RatingResponse(Long id, int modelVersion, int fiscalYear, int total, String grade, String ratedBy,
        Instant ratedAt, List<Contribution> contributions) {

    /**
     * One factor's contribution.
     *
     * @param ratio a ratio as a decimal string with four places, or null for a qualitative factor or a missing
     *              denominator
     */
    public record Contribution(RatingFactor factor, String label, String ratio, String answer, String answerLabel,
            int points, int maximumPoints) {
    }

    public static RatingResponse from(CreditRating rating, RatingModel model, MessageSource messages,
            Locale locale) {
        List<Contribution> contributions = rating.contributions().stream()
                .map(contribution -> toContribution(contribution, model, messages, locale))
                .toList();
        return new RatingResponse(rating.getId(), rating.getModelVersion(), rating.getFiscalYear(),
                rating.getTotal(), rating.getGrade(), rating.getRatedBy(), rating.getRatedAt(), contributions);
    }

    private static Contribution toContribution(FactorContribution contribution, RatingModel model,
            MessageSource messages, Locale locale) {
        String answerLabel = contribution.answer() == null ? null : model.choice(contribution.factor(),
                contribution.answer()).map(choice -> "en".equals(locale.getLanguage()) ? choice.labelEn()
                        : choice.labelZh()).orElse(contribution.answer());
        return new Contribution(contribution.factor(),
                messages.getMessage("credit.rating.factor." + contribution.factor().name(), null, locale),
                contribution.ratio() == null ? null : contribution.ratio().toPlainString(), contribution.answer(),
                answerLabel, contribution.points(), contribution.maximumPoints());
    }
}
