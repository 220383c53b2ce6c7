package cn.ipfin.market;

/**
 * The state of a deal (成交): agreed on price, contract signed (合同), transfer or licence registration filed
 * with CNIPA (已提交登记), and registered (已登记).
 */
public enum DealState {
    AGREED, CONTRACTED, TRANSFER_SUBMITTED, REGISTERED;

    public String messageKey() {
        return "market.dealState." + name();
    }
}
