package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.ipasset.PledgeCheck.Outcome;
import org.junit.jupiter.api.Test;

class PledgeEligibilityValidatorTest {

    private static final long OWNER = 7L;
    private static final LocalDate EXPIRY = LocalDate.of(2039, 3, 4);

    private final PledgeEligibilityValidator validator = new PledgeEligibilityValidator();

    @Test
    void cleanGrantedPatentPassesEveryGround() {
        List<PledgeCheck> checks = validator.check(grantedPatent(), confirmedRequest());

        assertThat(checks).extracting(PledgeCheck::ground).containsExactly(PledgeRefusalGround.values());
        assertThat(checks).allMatch(check -> check.outcome() == Outcome.PASS);
        assertThat(PledgeEligibilityValidator.blocked(checks)).isFalse();
    }

    @Test
    void pledgorWhoIsNotOwnerIsRefused() {
        PledgeRequest request = new PledgeRequest(99L, LocalDate.of(2030, 1, 1), true, true, false);

        assertThat(outcome(grantedPatent(), request, PledgeRefusalGround.NOT_REGISTERED_OWNER)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void lapsedPatentIsRefused() {
        PledgeFacts lapsed = facts(LegalStatus.LAPSED, AnnualFeeStatus.UNPAID, false, false, false, 1);

        assertThat(outcome(lapsed, confirmedRequest(), PledgeRefusalGround.NOT_IN_FORCE)).isEqualTo(Outcome.FAIL);
        assertThat(outcome(lapsed, confirmedRequest(), PledgeRefusalGround.ANNUAL_FEES_UNPAID)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void applicationIsRefused() {
        PledgeFacts pending = facts(LegalStatus.PENDING, AnnualFeeStatus.PAID, false, false, false, 1);

        assertThat(outcome(pending, confirmedRequest(), PledgeRefusalGround.STILL_APPLICATION)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void unknownFeesNeedConfirmation() {
        PledgeFacts unknownFees = facts(LegalStatus.VALID, AnnualFeeStatus.UNKNOWN, false, false, false, 1);

        assertThat(outcome(unknownFees, confirmedRequest(), PledgeRefusalGround.ANNUAL_FEES_UNPAID))
                .isEqualTo(Outcome.NEEDS_CONFIRMATION);
    }

    @Test
    void frozenPatentIsRefused() {
        PledgeFacts frozen = facts(LegalStatus.VALID, AnnualFeeStatus.PAID, false, true, false, 1);

        assertThat(outcome(frozen, confirmedRequest(), PledgeRefusalGround.SUSPENDED_OR_FROZEN)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void loanEndingAfterExpiryIsRefused() {
        PledgeRequest lastDayOfTerm = new PledgeRequest(OWNER, EXPIRY, true, true, false);
        PledgeRequest dayAfter = new PledgeRequest(OWNER, EXPIRY.plusDays(1), true, true, false);

        assertThat(outcome(grantedPatent(), lastDayOfTerm, PledgeRefusalGround.LOAN_ENDS_AFTER_EXPIRY))
                .isEqualTo(Outcome.PASS);
        assertThat(outcome(grantedPatent(), dayAfter, PledgeRefusalGround.LOAN_ENDS_AFTER_EXPIRY))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void incompleteContractIsRefusedAndUnconfirmedAsked() {
        PledgeRequest incomplete = new PledgeRequest(OWNER, LocalDate.of(2030, 1, 1), false, true, false);
        PledgeRequest unconfirmed = new PledgeRequest(OWNER, LocalDate.of(2030, 1, 1), null, true, false);

        assertThat(outcome(grantedPatent(), incomplete, PledgeRefusalGround.CONTRACT_INCOMPLETE)).isEqualTo(Outcome.FAIL);
        assertThat(outcome(grantedPatent(), unconfirmed, PledgeRefusalGround.CONTRACT_INCOMPLETE))
                .isEqualTo(Outcome.NEEDS_CONFIRMATION);
    }

    @Test
    void coOwnersMustConsent() {
        PledgeFacts coOwned = facts(LegalStatus.VALID, AnnualFeeStatus.PAID, false, false, false, 2);
        PledgeRequest refused = new PledgeRequest(OWNER, LocalDate.of(2030, 1, 1), true, false, false);
        PledgeRequest consented = new PledgeRequest(OWNER, LocalDate.of(2030, 1, 1), true, true, false);

        assertThat(outcome(coOwned, refused, PledgeRefusalGround.CO_OWNERS_NOT_CONSENTED)).isEqualTo(Outcome.FAIL);
        assertThat(outcome(coOwned, consented, PledgeRefusalGround.CO_OWNERS_NOT_CONSENTED)).isEqualTo(Outcome.PASS);
    }

    @Test
    void pledgedPatentIsRefusedAndBlocks() {
        PledgeFacts pledged = facts(LegalStatus.VALID, AnnualFeeStatus.PAID, true, false, false, 1);

        List<PledgeCheck> checks = validator.check(pledged, confirmedRequest());

        assertThat(outcome(pledged, confirmedRequest(), PledgeRefusalGround.ALREADY_PLEDGED)).isEqualTo(Outcome.FAIL);
        assertThat(PledgeEligibilityValidator.blocked(checks)).isTrue();
    }

    @Test
    void pendingInvalidationDoesNotBlock() {
        PledgeFacts challenged = facts(LegalStatus.VALID, AnnualFeeStatus.PAID, false, false, true, 1);
        PledgeRequest insisting = new PledgeRequest(OWNER, LocalDate.of(2030, 1, 1), true, true, true);

        List<PledgeCheck> checks = validator.check(challenged, confirmedRequest());

        assertThat(outcome(challenged, confirmedRequest(), PledgeRefusalGround.INVALIDATION_PENDING))
                .isEqualTo(Outcome.FAIL);
        assertThat(PledgeEligibilityValidator.blocked(checks)).isFalse();
        assertThat(outcome(challenged, insisting, PledgeRefusalGround.INVALIDATION_PENDING))
                .isEqualTo(Outcome.NEEDS_CONFIRMATION);
    }

    private Outcome outcome(PledgeFacts asset, PledgeRequest request, PledgeRefusalGround ground) {
        return validator.check(asset, request).stream().filter(check -> check.ground() == ground).findFirst()
                .orElseThrow().outcome();
    }

    private static PledgeFacts grantedPatent() {
        return facts(LegalStatus.VALID, AnnualFeeStatus.PAID, false, false, false, 1);
    }

    private static PledgeFacts facts(LegalStatus status, AnnualFeeStatus fees, boolean pledged, boolean frozen,
            boolean invalidationPending, int owners) {
        return new PledgeFacts("201910123456.X", IpKind.INVENTION, status, OWNER, owners, EXPIRY, pledged, fees,
                frozen, invalidationPending);
    }

    private static PledgeRequest confirmedRequest() {
        return new PledgeRequest(OWNER, LocalDate.of(2030, 6, 30), true, true, false);
    }
}
