package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.ipfin.core.money.Money;

/** A signed valuation report (评估报告): its number, content hash, validity and the PDF. */
@Entity
@Table(name = "valuation_report")
public class ValuationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "report_number", nullable = false)
    private String reportNumber;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "reconciled_value", nullable = false)
    private BigDecimal reconciledValue;

    @Column(nullable = false)
    private BigDecimal p10;

    @Column(nullable = false)
    private String summary;

    @Column(name = "signed_by", nullable = false)
    private String signedBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ValuationReport() {
    }

    ValuationReport(Long assignmentId, ReportContent content, String summary, byte[] pdf, Instant now) {
        this.assignmentId = assignmentId;
        this.reportNumber = content.number();
        this.contentHash = content.contentHash();
        this.issuedOn = content.issuedOn();
        this.validUntil = content.validUntil();
        this.reconciledValue = content.valuation().reconciledValue().amount();
        this.p10 = content.valuation().range().p10().amount();
        this.summary = summary;
        this.signedBy = content.reviewer();
        this.pdf = pdf.clone();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public String getContentHash() {
        return contentHash;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Money getReconciledValue() {
        return Money.of(reconciledValue);
    }

    public Money getP10() {
        return Money.of(p10);
    }

    public String getSummary() {
        return summary;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }
}
