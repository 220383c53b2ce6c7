package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.Instant;

import cn.ipfin.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a negotiation: an inquiry, a message, an offer, a counter-offer, an acceptance or a decline. */
@Entity
@Table(name = "market_negotiation_entry")
public class NegotiationEntry {

    /** The kind of a step. */
    public enum Kind {
        INQUIRY, MESSAGE, OFFER, COUNTER_OFFER, ACCEPTANCE, DECLINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    private BigDecimal price;

    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected NegotiationEntry() {
    }

    NegotiationEntry(Negotiation negotiation, Kind kind, Side side, Money price, String text, String author,
            Instant occurredAt) {
        this.negotiation = negotiation;
        this.kind = kind;
        this.side = side;
        this.price = price == null ? null : price.amount();
        this.text = text;
        this.author = author;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Side getSide() { return side; }
    public Money getPrice() { return price == null ? null : Money.of(price); }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public Instant getOccurredAt() { return occurredAt; }

    public String messageKey() {
        return "market.entry." + kind.name();
    }
}
