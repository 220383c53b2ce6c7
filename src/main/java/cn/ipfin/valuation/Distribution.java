package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Probability distribution of one uncertain input of the Monte Carlo simulation (蒙特卡洛模拟). Draws are
 * unitless numbers such as a rate or a revenue factor, never amounts of money.
 */
public sealed interface Distribution permits Distribution.Uniform, Distribution.Triangular, Distribution.Normal {

    /** Draws one number; the simulator rounds it to 6 decimals before use. */
    double draw(SplittableRandom random);

    /** Returns the smallest and largest number a draw can take, for checking against an input's valid range. */
    BigDecimal lowest();

    BigDecimal highest();

    /** Returns whether the parameters are consistent, such as min ≤ mode ≤ max. */
    boolean isConsistent();

    /** Uniform between min and max. */
    record Uniform(BigDecimal min, BigDecimal max) implements Distribution {

        @Override
        public double draw(SplittableRandom random) {
            double low = min.doubleValue();
            return low + random.nextDouble() * (max.doubleValue() - low);
        }

        @Override
        public BigDecimal lowest() {
            return min;
        }

        @Override
        public BigDecimal highest() {
            return max;
        }

        @Override
        public boolean isConsistent() {
            return min != null && max != null && min.compareTo(max) <= 0;
        }
    }

    /** Triangular with the given min, mode and max, drawn by inverting its distribution function. */
    record Triangular(BigDecimal min, BigDecimal mode, BigDecimal max) implements Distribution {

        @Override
        public double draw(SplittableRandom random) {
            double a = min.doubleValue();
            double c = mode.doubleValue();
            double b = max.doubleValue();
            if (b == a) {
                return a;
            }
            double u = random.nextDouble();
            double split = (c - a) / (b - a);
            return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
        }

        @Override
        public BigDecimal lowest() {
            return min;
        }

        @Override
        public BigDecimal highest() {
            return max;
        }

        @Override
        public boolean isConsistent() {
            return min != null && mode != null && max != null && min.compareTo(mode) <= 0 && mode.compareTo(max) <= 0;
        }
    }

    /**
     * Normal with the given mean and standard deviation, truncated to mean ± 3 standard deviations: a draw
     * outside that band, or outside the input's valid range, is drawn again.
     */
    record Normal(BigDecimal mean, BigDecimal standardDeviation) implements Distribution {

        private static final BigDecimal BAND = BigDecimal.valueOf(3);

        @Override
        public double draw(SplittableRandom random) {
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            double gaussian = Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
            return mean.doubleValue() + gaussian * standardDeviation.doubleValue();
        }

        @Override
        public BigDecimal lowest() {
            return mean.subtract(BAND.multiply(standardDeviation));
        }

        @Override
        public BigDecimal highest() {
            return mean.add(BAND.multiply(standardDeviation));
        }

        @Override
        public boolean isConsistent() {
            return mean != null && standardDeviation != null && standardDeviation.signum() >= 0;
        }
    }
}
