package cn.ipfin.market;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.money.Money;

/**
 * Checks the terms of an auction: positive start price, increment and deposit, a reserve price not below the
 * start price, and a bidding period that ends in the future, after its start, within the maximum length.
 */
final class AuctionTermsValidator {

    private AuctionTermsValidator() {
    }

    static void violations(AuctionTerms terms, Instant now, Duration maxLength, List<Violation> violations) {
        if (terms == null) {
            violations.add(new Violation("startPrice", "market.auction.startPriceInvalid"));
            return;
        }
        if (!positive(terms.startPrice())) {
            violations.add(new Violation("startPrice", "market.auction.startPriceInvalid"));
        }
        if (!positive(terms.increment())) {
            violations.add(new Violation("increment", "market.auction.incrementInvalid"));
        }
        if (!positive(terms.deposit())) {
            violations.add(new Violation("deposit", "market.auction.depositInvalid"));
        }
        if (terms.reservePrice() != null && positive(terms.startPrice())
                && terms.reservePrice().compareTo(terms.startPrice()) < 0) {
            violations.add(new Violation("reservePrice", "market.auction.reserveBelowStart"));
        }
        if (terms.startsAt() == null) {
            violations.add(new Violation("startsAt", "market.auction.startsAtMissing"));
        }
        if (terms.endsAt() == null || !terms.endsAt().isAfter(now)
                || terms.startsAt() != null && !terms.endsAt().isAfter(terms.startsAt())) {
            violations.add(new Violation("endsAt", "market.auction.endsAtInvalid"));
        } else if (terms.startsAt() != null && terms.endsAt().isAfter(terms.startsAt().plus(maxLength))) {
            violations.add(new Violation("endsAt", "market.auction.tooLong", maxLength.toDays()));
        }
    }

    private static boolean positive(Money money) {
        return money != null && money.isPositive();
    }
}
