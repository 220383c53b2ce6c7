package cn.ipfin.valuation.api;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the valuation assignment endpoints; {@code version} is the version the client last read. */
final class AssignmentRequests {

    private AssignmentRequests() {
    }

    /** A new assignment: the evaluator organisation, the assets from the registry and the purpose. */
    record Create(Long evaluatorOrganizationId, List<Long> assetIds, String purpose) {
    }

    /** The evaluator's quote: the fee in yuan and an optional note such as the expected duration. */
    record Quote(long version, BigDecimal fee, String note) {
    }

    /** A transition without data. */
    record Transition(long version) {
    }

    /** A transition that needs a reason, such as declining or returning a draft. */
    record WithReason(long version, String reason) {
    }

    /** A draft: the version and the engine inputs. */
    record Draft(long version, cn.ipfin.valuation.DraftInput input) {
    }
}
