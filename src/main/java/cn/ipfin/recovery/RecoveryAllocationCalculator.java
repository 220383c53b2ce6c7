package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.product.LossAllocationCalculator;

/**
 * Shares the proceeds of a disposal (处置回收款) between the parties in proportion to the losses they bore.
 *
 * <p>While the proceeds do not exceed the total loss, each party receives proceeds × its loss ÷ total loss, rounded
 * to the fen with the remainder settled as {@link LossAllocationCalculator} does, and never more than its own
 * loss. Proceeds above the total loss repay every party in full and the rest is a surplus that belongs to the
 * pledgor (出质人).
 */
public class RecoveryAllocationCalculator {

    private final LossAllocationCalculator shares = new LossAllocationCalculator();

    /** The part of the proceeds each party receives, in the order of the losses, and the pledgor's surplus. */
    public record Allocation(List<Money> parts, Money surplus) {
    }

    /**
     * Returns the allocation of the proceeds over the losses borne.
     *
     * @throws IllegalArgumentException when the proceeds or a loss is negative
     */
    public Allocation allocate(Money proceeds, List<Money> losses) {
        if (proceeds.isNegative() || losses.stream().anyMatch(Money::isNegative)) {
            throw new IllegalArgumentException("Proceeds " + proceeds + " and losses " + losses + " must not be negative");
        }
        Money total = losses.stream().reduce(Money.ZERO, Money::plus);
        if (proceeds.compareTo(total) >= 0) {
            return new Allocation(List.copyOf(losses), proceeds.minus(total));
        }

        List<Integer> bearing = new ArrayList<>();
        List<BigDecimal> ratios = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            if (!losses.get(i).isZero()) {
                bearing.add(i);
                ratios.add(losses.get(i).amount());
            }
        }
        List<Money> parts = new ArrayList<>(losses.stream().map(loss -> Money.ZERO).toList());
        if (bearing.isEmpty()) {
            return new Allocation(parts, Money.ZERO);
        }
        List<Money> shared = shares.allocate(proceeds, ratios);
        for (int i = 0; i < bearing.size(); i++) {
            parts.set(bearing.get(i), shared.get(i));
        }
        capAtLoss(parts, losses);
        return new Allocation(parts, Money.ZERO);
    }

    /**
     * Moves any fen a party would receive above its own loss to the parties with room left, largest loss first.
     * Because the proceeds are below the total loss, there is always room.
     */
    private static void capAtLoss(List<Money> parts, List<Money> losses) {
        Money excess = Money.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).compareTo(losses.get(i)) > 0) {
                excess = excess.plus(parts.get(i).minus(losses.get(i)));
                parts.set(i, losses.get(i));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> losses.get(b).compareTo(losses.get(a)));
        for (int index : order) {
            if (excess.isZero()) {
                break;
            }
            Money room = losses.get(index).minus(parts.get(index));
            Money moved = room.compareTo(excess) < 0 ? room : excess;
            parts.set(index, parts.get(index).plus(moved));
            excess = excess.minus(moved);
        }
    }
}
