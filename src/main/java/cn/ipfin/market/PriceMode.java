package cn.ipfin.market;

/** How a listing is priced (报价方式): a fixed quote (挂牌价), negotiable (面议) or by auction (拍卖). */
public enum PriceMode {
    FIXED, NEGOTIABLE, AUCTION;

    public String messageKey() {
        return "market.priceMode." + name();
    }
}
