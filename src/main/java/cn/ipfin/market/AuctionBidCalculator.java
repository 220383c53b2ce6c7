package cn.ipfin.market;

import java.time.Duration;
import java.time.Instant;

import cn.ipfin.core.money.Money;

/**
 * Decides whether a bid on an auction lot is accepted, from the lot's prices and times and the server time at
 * which the bid arrived.
 *
 * <p>The first bid must be at least the start price; every later bid at least the current price plus the
 * increment. A bid counts only when it arrives strictly before the end time and not before the start. A bid
 * that arrives within the last five minutes moves the end to five minutes after that bid (anti-sniping
 * extension, 延时), so the new end is the later of the old end and the bid time plus five minutes.
 */
public final class AuctionBidCalculator {

    /** The anti-sniping window and extension: five minutes. */
    public static final Duration EXTENSION = Duration.ofMinutes(5);

    /** The prices and times of a lot; {@code currentPrice} is null before the first bid. */
    public record Lot(Money startPrice, Money increment, Money currentPrice, Instant startsAt, Instant endsAt) {
    }

    /** The reason a bid was accepted or rejected. */
    public enum Outcome {
        ACCEPTED, NOT_STARTED, ENDED, BELOW_START_PRICE, OUTBID, BELOW_INCREMENT
    }

    /** The outcome with the lowest acceptable bid at that moment and the end time after the bid. */
    public record Evaluation(Outcome outcome, Money minimumBid, Instant endsAt) {

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    /** Returns the lowest bid the lot accepts now: the start price, or the current price plus the increment. */
    public Money minimumBid(Lot lot) {
        return lot.currentPrice() == null ? lot.startPrice() : lot.currentPrice().plus(lot.increment());
    }

    /** Evaluates a bid of {@code amount} received by the server at {@code receivedAt}. */
    public Evaluation evaluate(Lot lot, Money amount, Instant receivedAt) {
        Money minimum = minimumBid(lot);
        if (receivedAt.isBefore(lot.startsAt())) {
            return new Evaluation(Outcome.NOT_STARTED, minimum, lot.endsAt());
        }
        if (!receivedAt.isBefore(lot.endsAt())) {
            return new Evaluation(Outcome.ENDED, minimum, lot.endsAt());
        }
        if (amount.compareTo(minimum) < 0) {
            return new Evaluation(rejection(lot, amount), minimum, lot.endsAt());
        }
        Instant extended = receivedAt.plus(EXTENSION);
        Instant endsAt = extended.isAfter(lot.endsAt()) ? extended : lot.endsAt();
        return new Evaluation(Outcome.ACCEPTED, minimum, endsAt);
    }

    private static Outcome rejection(Lot lot, Money amount) {
        if (lot.currentPrice() == null) {
            return Outcome.BELOW_START_PRICE;
        }
        return amount.compareTo(lot.currentPrice()) <= 0 ? Outcome.OUTBID : Outcome.BELOW_INCREMENT;
    }
}
