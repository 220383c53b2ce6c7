package cn.ipfin.product;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Allocates a loss between parties by their ratios (风险分担).
 *
 * <p>Each part is the amount × ratio ÷ sum of the ratios, rounded to the fen (0.01 yuan) HALF_UP. The
 * difference between the amount and the sum of the rounded parts, at most half a fen per party, is then
 * settled one fen at a time in order of ratio, largest first and by position among equal ratios: a fen short
 * is added, a fen too many is taken back from a part that is not zero. The parts therefore add up to the amount
 * exactly and none is negative. Ratios may be percentages (54, 26, 16, 4) or any positive weights.
 */
public class LossAllocationCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final Money FEN = Money.of("0.01");

    /**
     * Returns one part per ratio, in the order of the ratios.
     *
     * @throws IllegalArgumentException when the amount is negative, no ratio is given or a ratio is not
     *         positive
     */
    public List<Money> allocate(Money amount, List<BigDecimal> ratios) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Loss amount " + amount + " is negative");
        }
        if (ratios.isEmpty() || ratios.stream().anyMatch(ratio -> ratio == null || ratio.signum() <= 0)) {
            throw new IllegalArgumentException("Every ratio must be positive, got " + ratios);
        }

        BigDecimal total = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> parts = new ArrayList<>();
        for (BigDecimal ratio : ratios) {
            BigDecimal exact = amount.amount().multiply(ratio).divide(total, PRECISION);
            parts.add(Money.ofRounded(exact, RoundingMode.HALF_UP));
        }

        settleRemainder(amount, parts, largestFirst(ratios));
        return parts;
    }

    private static void settleRemainder(Money amount, List<Money> parts, List<Integer> order) {
        Money allocated = parts.stream().reduce(Money.ZERO, Money::plus);
        int fen = amount.minus(allocated).amount().movePointRight(Money.SCALE).intValueExact();
        int step = Integer.signum(fen);
        for (int i = 0; fen != 0; i = (i + 1) % order.size()) {
            int index = order.get(i);
            if (step < 0 && parts.get(index).isZero()) {
                continue;
            }
            parts.set(index, parts.get(index).plus(FEN.times(BigDecimal.valueOf(step), RoundingMode.UNNECESSARY)));
            fen -= step;
        }
    }

    private static List<Integer> largestFirst(List<BigDecimal> ratios) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> ratios.get(i)).reversed());
        return order;
    }
}
