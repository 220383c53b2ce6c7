package cn.ipfin.market;

/** The party of a negotiation: the buyer or licensee (买方), or the seller or licensor (卖方). */
public enum Side {
    BUYER, SELLER;

    public Side other() {
        return this == BUYER ? SELLER : BUYER;
    }
}
