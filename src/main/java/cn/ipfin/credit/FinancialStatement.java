package cn.ipfin.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.ipfin.core.money.Money;

/**
 * The financial statements (财务报表) of one enterprise for one financial year. Amounts are stored as
 * NUMERIC(19,2) lines by item; the two headcounts are integer columns.
 */
@Entity
@Table(name = "financial_statement")
public class FinancialStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "financial_statement_line", joinColumns = @JoinColumn(name = "statement_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "item")
    @Column(name = "amount", precision = 19, scale = 2, nullable = false)
    private Map<StatementItem, BigDecimal> amounts = new EnumMap<>(StatementItem.class);

    @Column(nullable = false)
    private int employees;

    @Column(name = "tech_staff", nullable = false)
    private int techStaff;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected FinancialStatement() {
    }

    FinancialStatement(Long organizationId, int fiscalYear) {
        this.organizationId = organizationId;
        this.fiscalYear = fiscalYear;
    }

    /** Replaces every figure with validated ones; a missing optional item is removed. */
    void replaceFigures(StatementFigures figures, String user, Instant now) {
        amounts.clear();
        figures.values().forEach((item, value) -> {
            if (!item.isHeadcount()) {
                amounts.put(item, Money.of(value).amount());
            }
        });
        employees = figures.value(StatementItem.EMPLOYEES).intValueExact();
        techStaff = figures.value(StatementItem.TECH_STAFF).intValueExact();
        updatedBy = user;
        updatedAt = now;
    }

    /** Returns the amount of an item in yuan, or null for a missing optional item or a headcount. */
    public Money amount(StatementItem item) {
        BigDecimal value = amounts.get(item);
        return value == null ? null : Money.of(value);
    }

    /** Returns every figure, headcounts included, as entered. */
    public StatementFigures figures() {
        Map<StatementItem, BigDecimal> values = new EnumMap<>(StatementItem.class);
        amounts.forEach((item, value) -> values.put(item, Money.of(value).amount()));
        values.put(StatementItem.EMPLOYEES, BigDecimal.valueOf(employees));
        values.put(StatementItem.TECH_STAFF, BigDecimal.valueOf(techStaff));
        return new StatementFigures(fiscalYear, values);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getEmployees() {
        return employees;
    }

    public int getTechStaff() {
        return techStaff;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
