package cn.ipfin.subsidy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.subsidy.ClaimBasis;
import cn.ipfin.subsidy.ClaimEvent;
import cn.ipfin.subsidy.ClaimYear;
import cn.ipfin.subsidy.SubsidyAssessment;
import cn.ipfin.subsidy.SubsidyAssessment.YearAmount;
import cn.ipfin.subsidy.SubsidyClaim;
import org.springframework.context.MessageSource;

/** The JSON shapes of subsidy claims and previews; amounts are yuan strings with two decimals. */
final class ClaimViews {

    private ClaimViews() {
    }

    record YearView(int year, LocalDate from, LocalDate to, String interestPaid, String base, String amount,
            boolean capped) {

        static YearView of(YearAmount year) {
            return new YearView(year.year(), year.from(), year.to(), year.interestPaid().toString(),
                    year.base().toString(), year.amount().toString(), year.capped());
        }

        static YearView of(ClaimYear year) {
            return new YearView(year.getYear(), year.getPeriodFrom(), year.getPeriodTo(),
                    year.getInterestPaid().toString(), null, year.getAmount().toString(), year.isCapped());
        }
    }

    record PreviewView(boolean eligible, List<String> reasons, String policyCode, int policyVersion, BigDecimal lpr,
            String interestPaid, BigDecimal share, boolean techSme, List<YearView> years, String amount) {

        static PreviewView of(ClaimBasis basis, MessageSource messages, Locale locale) {
            SubsidyAssessment assessment = basis.assessment();
            List<String> reasons = assessment.reasons().stream()
                    .map(reason -> messages.getMessage(reason.messageKey(), reason.arguments().toArray(), locale))
                    .toList();
            return new PreviewView(assessment.eligible(), reasons, basis.policy().getCode(),
                    basis.policy().getVersionNumber(), basis.lpr().stripTrailingZeros(), basis.interestPaid().toString(),
                    assessment.share().stripTrailingZeros(), basis.techSme(),
                    assessment.years().stream().map(YearView::of).toList(), assessment.total().toString());
        }
    }

    record EventView(String action, String fromState, String toState, String actor, String note, Instant occurredAt) {

        static EventView of(ClaimEvent event) {
            return new EventView(event.getAction(), event.getFromState() == null ? null : event.getFromState().name(),
                    event.getToState().name(), event.getActor(), event.getNote(), event.getOccurredAt());
        }
    }

    record ClaimView(Long id, long version, String state, Long loanId, Long enterpriseOrganizationId,
            Long lenderOrganizationId, String policyCode, Long policyId, LocalDate periodFrom, LocalDate periodTo,
            String loanAmount, BigDecimal loanRate, BigDecimal lpr, String interestPaid, String amount,
            List<YearView> years, String reviewedBy, String decidedBy, LocalDate paidOn, String payoutReference,
            Instant submittedAt, long ageDays, List<EventView> events) {

        static ClaimView of(SubsidyClaim claim, LocalDate today) {
            LocalDate submittedOn = claim.getSubmittedAt().atZone(ClockConfiguration.ZONE).toLocalDate();
            return new ClaimView(claim.getId(), claim.getVersion(), claim.getState().name(), claim.getLoanId(),
                    claim.getEnterpriseOrganizationId(), claim.getLenderOrganizationId(), claim.getPolicyCode(),
                    claim.getPolicyId(), claim.getPeriodFrom(), claim.getPeriodTo(), claim.getLoanAmount().toString(),
                    claim.getLoanRate(), claim.getLpr(), claim.getInterestPaid().toString(),
                    claim.getAmount().toString(), claim.getYears().stream().map(YearView::of).toList(),
                    claim.getReviewedBy(), claim.getDecidedBy(), claim.getPaidOn(), claim.getPayoutReference(),
                    claim.getSubmittedAt(), ChronoUnit.DAYS.between(submittedOn, today),
                    claim.getEvents().stream().map(EventView::of).toList());
        }
    }
}
