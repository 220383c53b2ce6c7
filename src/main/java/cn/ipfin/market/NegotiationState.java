package cn.ipfin.market;

/**
 * The state of a negotiation (洽谈): an inquiry without a price, an offer waiting for the other side's reply,
 * agreed (a deal exists), or closed without a deal.
 */
public enum NegotiationState {
    INQUIRY, OFFER_PENDING, AGREED, CLOSED;

    public boolean isOpen() {
        return this == INQUIRY || this == OFFER_PENDING;
    }

    public String messageKey() {
        return "market.negotiationState." + name();
    }
}
