package cn.ipfin.valuation;

import java.time.LocalDate;

import cn.ipfin.core.money.Money;

/** The stored part of a submitted draft: the inputs as JSON, the asset facts used and the key results. */
record DraftRecord(LocalDate valuationDate, int weightsVersion, String inputJson, String factsJson, Money reconciledValue, Money p10,
        Money p50, Money p90, String summary) {
}
