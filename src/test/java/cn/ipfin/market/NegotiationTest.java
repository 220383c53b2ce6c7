package cn.ipfin.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

/** The offer and counter-offer rules of a negotiation, on the aggregate without a database. */
class NegotiationTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    private final Negotiation negotiation = new Negotiation(7L, 1L, 2L, "请问可否提供技术交底？", "buyer", NOW);

    @Test
    void counterOffersAlternateUntilAccepted() {
        negotiation.offer(Side.BUYER, Money.of("200000.00"), null, "buyer", NOW);
        negotiation.offer(Side.SELLER, Money.of("280000.00"), "含技术指导", "seller", NOW);
        negotiation.offer(Side.BUYER, Money.of("240000.00"), null, "buyer", NOW);
        negotiation.offer(Side.SELLER, Money.of("260000.00"), null, "seller", NOW);

        Money agreed = negotiation.accept(Side.BUYER, "buyer", NOW);

        assertThat(agreed).isEqualTo(Money.of("260000.00"));
        assertThat(negotiation.getState()).isEqualTo(NegotiationState.AGREED);
        assertThat(negotiation.getEntries()).extracting(NegotiationEntry::getKind).containsExactly(
                NegotiationEntry.Kind.INQUIRY, NegotiationEntry.Kind.OFFER, NegotiationEntry.Kind.COUNTER_OFFER,
                NegotiationEntry.Kind.COUNTER_OFFER, NegotiationEntry.Kind.COUNTER_OFFER,
                NegotiationEntry.Kind.ACCEPTANCE);
    }

    @Test
    void sellerMayMakeTheFirstOffer() {
        negotiation.offer(Side.SELLER, Money.of("300000.00"), null, "seller", NOW);

        assertThat(negotiation.awaitsAnswerFrom(Side.BUYER)).isTrue();
        assertThat(negotiation.awaitsAnswerFrom(Side.SELLER)).isFalse();
    }

    @Test
    void sideCannotAcceptItsOwnOffer() {
        negotiation.offer(Side.BUYER, Money.of("200000.00"), null, "buyer", NOW);

        assertThatThrownBy(() -> negotiation.accept(Side.BUYER, "buyer", NOW)).isInstanceOf(ConflictException.class);
        assertThat(negotiation.getState()).isEqualTo(NegotiationState.OFFER_PENDING);
    }

    @Test
    void sideCannotCounterItsOwnOffer() {
        negotiation.offer(Side.SELLER, Money.of("300000.00"), null, "seller", NOW);

        assertThatThrownBy(() -> negotiation.offer(Side.SELLER, Money.of("290000.00"), null, "seller", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void inquiryWithoutOfferCannotBeAccepted() {
        assertThatThrownBy(() -> negotiation.accept(Side.SELLER, "seller", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void closedNegotiationTakesNoFurtherStep() {
        negotiation.offer(Side.BUYER, Money.of("200000.00"), null, "buyer", NOW);
        negotiation.decline(Side.SELLER, "价格过低", "seller", NOW);

        assertThat(negotiation.getState()).isEqualTo(NegotiationState.CLOSED);
        assertThatThrownBy(() -> negotiation.offer(Side.BUYER, Money.of("250000.00"), null, "buyer", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> negotiation.accept(Side.BUYER, "buyer", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> negotiation.message(Side.BUYER, "再考虑一下？", "buyer", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void agreedNegotiationCannotBeDeclined() {
        negotiation.offer(Side.SELLER, Money.of("300000.00"), null, "seller", NOW);
        negotiation.accept(Side.BUYER, "buyer", NOW);

        assertThatThrownBy(() -> negotiation.decline(Side.SELLER, null, "seller", NOW))
                .isInstanceOf(ConflictException.class);
    }
}
