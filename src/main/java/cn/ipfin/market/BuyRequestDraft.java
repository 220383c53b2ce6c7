package cn.ipfin.market;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/** What a buyer enters for a buy request; every field but the keywords may be empty. */
public record BuyRequestDraft(IpKind ipKind, String industryCode, String keywords, Money budgetMin, Money budgetMax,
        String note) {
}
