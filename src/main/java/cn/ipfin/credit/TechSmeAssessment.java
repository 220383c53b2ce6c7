package cn.ipfin.credit;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Result of a tech-SME evaluation (科技型中小企业评价).
 *
 * @param eligible             whether size limits and declarations are met
 * @param qualified            whether the enterprise qualifies as a tech SME
 * @param route                whether a direct qualification or the score decided
 * @param totalScore           tech-staff, R&amp;D and IP points added, 0 to 100
 * @param techStaffScore       points for tech staff / employees
 * @param rdScore              points for the better of the two R&amp;D ratios
 * @param ipScore              points for intellectual property
 * @param indicators           every indicator with its value, band and points
 * @param directQualifications the declared direct qualifications
 * @param reasons              why the enterprise is not eligible or not qualified, and which ratios were
 *                             taken as zero for lack of a denominator
 * @param suggestions          what would raise the score: the next band of each indicator and what reaches it
 */
public record TechSmeAssessment(boolean eligible, boolean qualified, QualificationRoute route, int totalScore,
        int techStaffScore, int rdScore, int ipScore, List<IndicatorScore> indicators,
        Set<DirectQualification> directQualifications, List<AssessmentMessage> reasons,
        List<AssessmentMessage> suggestions) {

    public TechSmeAssessment {
        Objects.requireNonNull(route, "route must not be null");
        indicators = List.copyOf(indicators);
        directQualifications = DirectQualification.sortedCopy(directQualifications);
        reasons = List.copyOf(reasons);
        suggestions = List.copyOf(suggestions);
    }
}
