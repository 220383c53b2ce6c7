package cn.ipfin.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import cn.ipfin.core.money.Money;
import cn.ipfin.market.AuctionBidCalculator.Evaluation;
import cn.ipfin.market.AuctionBidCalculator.Lot;
import cn.ipfin.market.AuctionBidCalculator.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of bid acceptance for a lot starting 10:00 and ending 12:00 (UTC), start price 100,000.00 and
 * increment 5,000.00. Each row was worked out by hand from the rules. The first bid must be ≥ the start price
 * and later bids ≥ current + increment, received strictly before the end. A bid in the last five minutes moves
 * the end to five minutes after the bid.
 */
class AuctionBidCalculatorTest {

    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T12:00:00Z");

    private final AuctionBidCalculator calculator = new AuctionBidCalculator();

    @ParameterizedTest(name = "current {0}, bid {1} at {2} -> {3}, min {4}, end {5}")
    @CsvSource(nullValues = "none", value = {
            // first bid: exactly the start price is enough, one fen less is not
            "none,      100000.00, 2026-12-05T10:00:00Z,   ACCEPTED,          100000.00, 2026-12-05T12:00:00Z",
            "none,      99999.99,  2026-12-05T10:30:00Z,   BELOW_START_PRICE, 100000.00, 2026-12-05T12:00:00Z",
            // before the start
            "none,      100000.00, 2026-12-05T09:59:59Z,   NOT_STARTED,       100000.00, 2026-12-05T12:00:00Z",
            // later bids: current + increment exactly, one fen less, equal to current, below current
            "120000.00, 125000.00, 2026-12-05T11:00:00Z,   ACCEPTED,          125000.00, 2026-12-05T12:00:00Z",
            "120000.00, 124999.99, 2026-12-05T11:00:00Z,   BELOW_INCREMENT,   125000.00, 2026-12-05T12:00:00Z",
            "120000.00, 120000.00, 2026-12-05T11:00:00Z,   OUTBID,            125000.00, 2026-12-05T12:00:00Z",
            "120000.00, 110000.00, 2026-12-05T11:00:00Z,   OUTBID,            125000.00, 2026-12-05T12:00:00Z",
            // end edges: a millisecond before the end counts, the end itself and later do not
            "120000.00, 125000.00, 2026-12-05T11:59:59.999Z, ACCEPTED,        125000.00, 2026-12-05T12:04:59.999Z",
            "120000.00, 125000.00, 2026-12-05T12:00:00Z,   ENDED,             125000.00, 2026-12-05T12:00:00Z",
            "120000.00, 125000.00, 2026-12-05T12:00:01Z,   ENDED,             125000.00, 2026-12-05T12:00:00Z",
            // extension: exactly five minutes before the end leaves it, any later bid moves it
            "120000.00, 125000.00, 2026-12-05T11:55:00Z,   ACCEPTED,          125000.00, 2026-12-05T12:00:00Z",
            "120000.00, 125000.00, 2026-12-05T11:55:01Z,   ACCEPTED,          125000.00, 2026-12-05T12:00:01Z",
            "120000.00, 125000.00, 2026-12-05T11:58:30Z,   ACCEPTED,          125000.00, 2026-12-05T12:03:30Z",
            "120000.00, 125000.00, 2026-12-05T11:54:59Z,   ACCEPTED,          125000.00, 2026-12-05T12:00:00Z",
    })
    void evaluatesBid(String current, String amount, String receivedAt, Outcome outcome, String minimum,
            String endsAt) {
        Lot lot = new Lot(Money.of("100000.00"), Money.of("5000.00"), current == null ? null : Money.of(current),
                START, END);

        Evaluation evaluation = calculator.evaluate(lot, Money.of(amount), Instant.parse(receivedAt));

        assertThat(evaluation.outcome()).isEqualTo(outcome);
        assertThat(evaluation.minimumBid()).isEqualTo(Money.of(minimum));
        assertThat(evaluation.endsAt()).isEqualTo(Instant.parse(endsAt));
    }

    @ParameterizedTest(name = "extended end {0}: bid at {1} -> {2}")
    @CsvSource({
            // after an extension to 12:03:30, a bid at 12:02:00 is still in time and extends again
            "2026-12-05T12:03:30Z, 2026-12-05T12:02:00Z, ACCEPTED, 2026-12-05T12:07:00Z",
            "2026-12-05T12:03:30Z, 2026-12-05T12:03:30Z, ENDED,    2026-12-05T12:03:30Z",
    })
    void extendedEndTakesFurtherBids(String end, String receivedAt, Outcome outcome, String endsAt) {
        Lot lot = new Lot(Money.of("100000.00"), Money.of("5000.00"), Money.of("130000.00"), START,
                Instant.parse(end));

        Evaluation evaluation = calculator.evaluate(lot, Money.of("135000.00"), Instant.parse(receivedAt));

        assertThat(evaluation.outcome()).isEqualTo(outcome);
        assertThat(evaluation.endsAt()).isEqualTo(Instant.parse(endsAt));
    }
}
