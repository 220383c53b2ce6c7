package cn.ipfin.ipasset;

import java.util.List;

/**
 * The result of one pledge check on one asset: passed, failed, or needing a person to confirm a fact the
 * registry does not hold. The message key explains the outcome with its arguments.
 */
public record PledgeCheck(PledgeRefusalGround ground, Outcome outcome, String messageKey, List<Object> arguments) {

    /** The outcome of one check. */
    public enum Outcome {
        PASS, FAIL, NEEDS_CONFIRMATION
    }

    public PledgeCheck {
        arguments = List.copyOf(arguments);
    }

    static PledgeCheck pass(PledgeRefusalGround ground) {
        return new PledgeCheck(ground, Outcome.PASS, "pledge.check.pass." + ground.name(), List.of());
    }

    static PledgeCheck fail(PledgeRefusalGround ground, Object... arguments) {
        return new PledgeCheck(ground, Outcome.FAIL, "pledge.check.fail." + ground.name(), List.of(arguments));
    }

    static PledgeCheck confirm(PledgeRefusalGround ground, Object... arguments) {
        return new PledgeCheck(ground, Outcome.NEEDS_CONFIRMATION, "pledge.check.confirm." + ground.name(),
                List.of(arguments));
    }

    /** Returns whether this check stops the application: a failure on a blocking ground. */
    public boolean blocks() {
        return outcome == Outcome.FAIL && ground.isBlocker();
    }
}
