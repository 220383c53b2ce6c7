package cn.ipfin.market;

import java.time.Instant;

import cn.ipfin.core.money.Money;

/**
 * The terms of an auction (拍卖条件): start price, bid increment, reserve price (保留价, optional), the deposit
 * a bidder must have frozen (保证金), and the start and end of bidding.
 */
public record AuctionTerms(Money startPrice, Money increment, Money reservePrice, Money deposit, Instant startsAt,
        Instant endsAt) {
}
