package cn.ipfin.ipasset;

import java.util.List;

/**
 * Runs every CNIPA refusal ground for one asset and one pledge application and returns the checklist in the
 * order of {@link PledgeRefusalGround}. A fact the registry does not hold (annual fees, a court freeze, the
 * contract) needs confirmation instead of passing silently.
 */
public final class PledgeEligibilityValidator {

    public List<PledgeCheck> check(PledgeFacts asset, PledgeRequest request) {
        return List.of(owner(asset, request), inForce(asset), granted(asset), annualFees(asset), frozen(asset),
                term(asset, request), contract(request), coOwners(asset, request), notPledged(asset),
                invalidation(asset, request));
    }

    /** Returns whether any check stops the application. */
    public static boolean blocked(List<PledgeCheck> checks) {
        return checks.stream().anyMatch(PledgeCheck::blocks);
    }

    private static PledgeCheck owner(PledgeFacts asset, PledgeRequest request) {
        if (asset.ownerOrganizationId() == null) {
            return PledgeCheck.confirm(PledgeRefusalGround.NOT_REGISTERED_OWNER, asset.number());
        }
        return asset.ownerOrganizationId().equals(request.pledgorOrganizationId())
                ? PledgeCheck.pass(PledgeRefusalGround.NOT_REGISTERED_OWNER)
                : PledgeCheck.fail(PledgeRefusalGround.NOT_REGISTERED_OWNER, asset.number());
    }

    private static PledgeCheck inForce(PledgeFacts asset) {
        return switch (asset.legalStatus()) {
            case LAPSED, INVALIDATED, EXPIRED, WITHDRAWN, REJECTED ->
                    PledgeCheck.fail(PledgeRefusalGround.NOT_IN_FORCE, asset.number());
            case UNKNOWN -> PledgeCheck.confirm(PledgeRefusalGround.NOT_IN_FORCE, asset.number());
            default -> PledgeCheck.pass(PledgeRefusalGround.NOT_IN_FORCE);
        };
    }

    private static PledgeCheck granted(PledgeFacts asset) {
        return switch (asset.legalStatus()) {
            case PENDING -> PledgeCheck.fail(PledgeRefusalGround.STILL_APPLICATION, asset.number());
            case UNKNOWN -> PledgeCheck.confirm(PledgeRefusalGround.STILL_APPLICATION, asset.number());
            default -> PledgeCheck.pass(PledgeRefusalGround.STILL_APPLICATION);
        };
    }

    private static PledgeCheck annualFees(PledgeFacts asset) {
        return switch (asset.annualFeeStatus()) {
            case PAID -> PledgeCheck.pass(PledgeRefusalGround.ANNUAL_FEES_UNPAID);
            case UNPAID -> PledgeCheck.fail(PledgeRefusalGround.ANNUAL_FEES_UNPAID, asset.number());
            case UNKNOWN -> PledgeCheck.confirm(PledgeRefusalGround.ANNUAL_FEES_UNPAID, asset.number());
        };
    }

    private static PledgeCheck frozen(PledgeFacts asset) {
        return asset.frozen() ? PledgeCheck.fail(PledgeRefusalGround.SUSPENDED_OR_FROZEN, asset.number())
                : PledgeCheck.pass(PledgeRefusalGround.SUSPENDED_OR_FROZEN);
    }

    private static PledgeCheck term(PledgeFacts asset, PledgeRequest request) {
        if (asset.expiryDate() == null || request.loanFinalDueDate() == null) {
            return PledgeCheck.confirm(PledgeRefusalGround.LOAN_ENDS_AFTER_EXPIRY, asset.number());
        }
        return request.loanFinalDueDate().isAfter(asset.expiryDate())
                ? PledgeCheck.fail(PledgeRefusalGround.LOAN_ENDS_AFTER_EXPIRY, request.loanFinalDueDate(),
                        asset.expiryDate())
                : PledgeCheck.pass(PledgeRefusalGround.LOAN_ENDS_AFTER_EXPIRY);
    }

    private static PledgeCheck contract(PledgeRequest request) {
        if (request.contractComplete() == null) {
            return PledgeCheck.confirm(PledgeRefusalGround.CONTRACT_INCOMPLETE);
        }
        return request.contractComplete() ? PledgeCheck.pass(PledgeRefusalGround.CONTRACT_INCOMPLETE)
                : PledgeCheck.fail(PledgeRefusalGround.CONTRACT_INCOMPLETE);
    }

    private static PledgeCheck coOwners(PledgeFacts asset, PledgeRequest request) {
        if (asset.ownerCount() <= 1 || Boolean.TRUE.equals(request.coOwnersConsented())) {
            return PledgeCheck.pass(PledgeRefusalGround.CO_OWNERS_NOT_CONSENTED);
        }
        return request.coOwnersConsented() == null
                ? PledgeCheck.confirm(PledgeRefusalGround.CO_OWNERS_NOT_CONSENTED, asset.ownerCount())
                : PledgeCheck.fail(PledgeRefusalGround.CO_OWNERS_NOT_CONSENTED, asset.ownerCount());
    }

    private static PledgeCheck notPledged(PledgeFacts asset) {
        return asset.pledged() ? PledgeCheck.fail(PledgeRefusalGround.ALREADY_PLEDGED, asset.number())
                : PledgeCheck.pass(PledgeRefusalGround.ALREADY_PLEDGED);
    }

    private static PledgeCheck invalidation(PledgeFacts asset, PledgeRequest request) {
        if (!asset.invalidationPending()) {
            return PledgeCheck.pass(PledgeRefusalGround.INVALIDATION_PENDING);
        }
        return request.partiesInsistDespiteInvalidation()
                ? PledgeCheck.confirm(PledgeRefusalGround.INVALIDATION_PENDING, asset.number())
                : PledgeCheck.fail(PledgeRefusalGround.INVALIDATION_PENDING, asset.number());
    }
}
