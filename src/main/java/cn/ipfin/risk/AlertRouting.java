package cn.ipfin.risk;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.ipasset.PledgedAsset;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import org.springframework.stereotype.Component;

/**
 * Finds the organisations an alert about an asset or a loan goes to: the pledgee, and the lender, guarantor and
 * insurer of every live loan secured by the asset. Operators see every alert without being named.
 */
@Component
class AlertRouting {

    /** Loan states in which the loan is secured by its pledged assets. */
    static final Set<ApplicationState> LIVE = EnumSet.of(ApplicationState.REGISTERED, ApplicationState.DISBURSED,
            ApplicationState.DEFAULTED);

    private final PledgeService pledges;
    private final LoanQueries loans;

    AlertRouting(PledgeService pledges, LoanQueries loans) {
        this.pledges = pledges;
        this.loans = loans;
    }

    Set<Long> forAsset(Long assetId) {
        Set<Long> recipients = new LinkedHashSet<>();
        pledges.activePledge(assetId).map(IpPledge::getPledgeeOrganizationId).ifPresent(recipients::add);
        for (LoanSummary loan : liveLoansOf(assetId)) {
            recipients.addAll(forLoan(loan));
        }
        return recipients;
    }

    List<LoanSummary> liveLoansOf(Long assetId) {
        return loans.inStates(LIVE).stream().filter(loan -> loan.assetIds().contains(assetId)).toList();
    }

    /**
     * Returns the recipients of each pledged asset as {@link #forAsset(Long)} finds them, from the active pledges
     * and the live loans read in advance.
     */
    static Map<Long, Set<Long>> forPledgedAssets(List<PledgedAsset> pledged, List<LoanSummary> liveLoans) {
        Map<Long, Set<Long>> recipients = new HashMap<>();
        for (PledgedAsset asset : pledged) {
            recipients.computeIfAbsent(asset.assetId(), id -> new LinkedHashSet<>())
                    .add(asset.pledgeeOrganizationId());
        }
        for (LoanSummary loan : liveLoans) {
            if (!LIVE.contains(loan.state())) {
                continue;
            }
            for (Long assetId : loan.assetIds()) {
                Set<Long> ofAsset = recipients.get(assetId);
                if (ofAsset != null) {
                    ofAsset.addAll(forLoan(loan));
                }
            }
        }
        return recipients;
    }

    static Set<Long> forLoan(LoanSummary loan) {
        Set<Long> recipients = new LinkedHashSet<>();
        recipients.add(loan.lenderOrganizationId());
        if (loan.guarantorOrganizationId() != null) {
            recipients.add(loan.guarantorOrganizationId());
        }
        if (loan.insurerOrganizationId() != null) {
            recipients.add(loan.insurerOrganizationId());
        }
        return recipients;
    }
}
