package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The auction deposit account (竞买保证金账户) of one organisation: a balance the operator tops up, of which
 * the deposits of the lots the organisation bids on are frozen. The database also refuses a frozen amount above
 * the balance.
 */
@Entity
@Table(name = "market_deposit_account")
public class DepositAccount {

    @Id
    @Column(name = "org_id")
    private Long organizationId;

    @Column(nullable = false)
    private BigDecimal balance;

    @Column(nullable = false)
    private BigDecimal frozen;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DepositAccount() {
    }

    DepositAccount(Long organizationId, Instant now) {
        this.organizationId = organizationId;
        this.balance = BigDecimal.ZERO.setScale(Money.SCALE);
        this.frozen = BigDecimal.ZERO.setScale(Money.SCALE);
        this.updatedAt = now;
    }

    void topUp(Money amount, Instant now) {
        this.balance = balance.add(amount.amount());
        this.updatedAt = now;
    }

    /** Freezes a deposit; fails when the available amount (balance less frozen) does not cover it. */
    void freeze(Money amount, Instant now) {
        if (getAvailable().compareTo(amount) < 0) {
            throw new BusinessRuleException("market.deposit.insufficient", "market.deposit.insufficient", amount,
                    getAvailable());
        }
        this.frozen = frozen.add(amount.amount());
        this.updatedAt = now;
    }

    void release(Money amount, Instant now) {
        this.frozen = frozen.subtract(amount.amount());
        this.updatedAt = now;
    }

    /**
     * Unfreezes a deposit and takes the applied part out of the balance, because that part now pays the price
     * of a deal. The applied part never exceeds the frozen deposit.
     */
    void applyFrozen(Money deposit, Money applied, Instant now) {
        this.frozen = frozen.subtract(deposit.amount());
        this.balance = balance.subtract(applied.amount());
        this.updatedAt = now;
    }

    public Long getOrganizationId() { return organizationId; }
    public Money getBalance() { return Money.of(balance); }
    public Money getFrozen() { return Money.of(frozen); }
    public Money getAvailable() { return Money.of(balance.subtract(frozen)); }
    public long getVersion() { return version; }
}
