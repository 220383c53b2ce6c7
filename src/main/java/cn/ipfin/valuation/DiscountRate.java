package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Annual discount rate i (折现率) as a fraction, given directly or built up from the risk-free rate and risk
 * premiums (累加法).
 */
public sealed interface DiscountRate permits DiscountRate.Direct, DiscountRate.BuildUp {

    /** Returns i as a fraction, such as {@code 0.16}. */
    BigDecimal rate();

    static DiscountRate of(BigDecimal rate) {
        return new Direct(rate);
    }

    static DiscountRate buildUp(BigDecimal riskFreeRate, Map<RiskPremium, BigDecimal> premiums) {
        return new BuildUp(riskFreeRate, premiums);
    }

    /** A discount rate entered directly. */
    record Direct(BigDecimal rate) implements DiscountRate {
    }

    /** i = risk-free rate + the sum of the risk premiums. A premium not given counts as zero. */
    record BuildUp(BigDecimal riskFreeRate, Map<RiskPremium, BigDecimal> premiums) implements DiscountRate {

        public BuildUp {
            EnumMap<RiskPremium, BigDecimal> copy = new EnumMap<>(RiskPremium.class);
            copy.putAll(premiums);
            premiums = Collections.unmodifiableMap(copy);
        }

        @Override
        public BigDecimal rate() {
            BigDecimal sum = riskFreeRate;
            for (BigDecimal premium : premiums.values()) {
                sum = sum.add(premium);
            }
            return sum;
        }
    }
}
