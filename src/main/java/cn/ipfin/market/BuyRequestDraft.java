package cn.ipfin.market;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/** The fields a buyer enters for a buy request. Every field except the keywords may be empty. */
public record BuyRequestDraft(IpKind ipKind, String industryCode, String keywords, Money budgetMin, Money budgetMax,
        String note) {
}
