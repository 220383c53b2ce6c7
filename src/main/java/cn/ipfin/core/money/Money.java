package cn.ipfin.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Chinese yuan (人民币元) held as a {@link BigDecimal} with two decimal places (分).
 *
 * <p>Arithmetic keeps full precision until {@link #rounded(RoundingMode)} or the factory methods fix the
 * scale; callers pass the rounding mode, so no rounding policy is global.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    public Money {
        Objects.requireNonNull(amount, "amount must not be null");
    }

    /** Creates an amount from a decimal string such as {@code "1000000.00"}; the scale must not exceed 2. */
    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** Creates an amount whose scale must not exceed 2, so no fen is silently lost. */
    public static Money of(BigDecimal amount) {
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more than two decimal places");
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Money ofRounded(BigDecimal amount, RoundingMode mode) {
        return new Money(amount.setScale(SCALE, mode));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Multiplies by a factor and rounds the product to the fen with the given mode. */
    public Money times(BigDecimal factor, RoundingMode mode) {
        return ofRounded(amount.multiply(factor), mode);
    }

    public Money rounded(RoundingMode mode) {
        return ofRounded(amount, mode);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Returns the amount as a plain decimal string with two places, the form the API uses. */
    @Override
    public String toString() {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
