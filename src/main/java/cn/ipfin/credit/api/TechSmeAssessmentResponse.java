package cn.ipfin.credit.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;

import cn.ipfin.credit.AssessmentMessage;
import cn.ipfin.credit.DirectQualification;
import cn.ipfin.credit.IndicatorScore;
import cn.ipfin.credit.QualificationRoute;
import cn.ipfin.credit.TechSmeAssessment;
import cn.ipfin.credit.TechSmeIndicator;

/**
 * Response body of a tech-SME assessment preview, with reasons and suggestions in the request's language.
 */
public record TechSmeAssessmentResponse(boolean eligible, boolean qualified, QualificationRoute route,
        int totalScore, int techStaffScore, int rdScore, int ipScore, List<Indicator> indicators,
        Set<DirectQualification> directQualifications, List<String> reasons, List<String> suggestions) {

    /**
     * One indicator's score.
     *
     * @param value a ratio as a decimal string with four places ({@code "0.2200"} is 22 %), or the IP count
     */
    public record Indicator(TechSmeIndicator indicator, String label, String value, String grade, int points,
            boolean counted) {
    }

    /** Converts an assessment, resolving every message key in {@code locale}. */
    public static TechSmeAssessmentResponse from(TechSmeAssessment assessment, MessageSource messages,
            Locale locale) {
        List<Indicator> indicators = assessment.indicators().stream()
                .map(score -> toIndicator(score, messages, locale))
                .toList();
        return new TechSmeAssessmentResponse(assessment.eligible(), assessment.qualified(), assessment.route(),
                assessment.totalScore(), assessment.techStaffScore(), assessment.rdScore(), assessment.ipScore(),
                indicators, assessment.directQualifications(), resolve(assessment.reasons(), messages, locale),
                resolve(assessment.suggestions(), messages, locale));
    }

    private static Indicator toIndicator(IndicatorScore score, MessageSource messages, Locale locale) {
        String label = messages.getMessage("credit.techSme.indicator." + score.indicator().name(), null, locale);
        return new Indicator(score.indicator(), label, score.value().toPlainString(), score.grade(), score.points(),
                score.counted());
    }

    private static List<String> resolve(List<AssessmentMessage> keys, MessageSource messages, Locale locale) {
        return keys.stream()
                .map(message -> messages.getMessage(message.key(), message.arguments().toArray(), locale))
                .toList();
    }
}
