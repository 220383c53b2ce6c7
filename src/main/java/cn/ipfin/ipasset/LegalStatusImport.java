package cn.ipfin.ipasset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One import of a legal-status feed (法律状态导入) with its counts and every row it could not apply. A row that
 * the registry records already counts as unchanged, so importing a feed twice changes nothing.
 */
@Entity
@Table(name = "legal_status_import")
public class LegalStatusImport {

    /** The state of an import; rejected rows do not fail it, only an unreadable file does. */
    public enum Status {
        SUCCEEDED, FAILED
    }

    /** A row that was not applied, kept as written with the message key of the reason. */
    @Embeddable
    public record Problem(@Column(name = "row_number") int rowNumber,
            @Column(name = "application_number") String applicationNumber,
            @Column(name = "event_date") String eventDate,
            @Column(name = "event_text") String eventText,
            @Column(name = "reason_key") String reasonKey) {
    }

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int total;
    private int applied;
    private int unchanged;
    private int rejected;

    @Column(name = "failure_key")
    private String failureKey;

    @Column(name = "failure_argument")
    private String failureArgument;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection
    @CollectionTable(name = "legal_status_import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    private List<Problem> problems = new ArrayList<>();

    protected LegalStatusImport() {
    }

    LegalStatusImport(Long organizationId, String createdBy, String fileName, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.fileName = fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        this.status = Status.SUCCEEDED;
        this.createdAt = now;
    }

    void count(int rows, int appliedRows, int unchangedRows) {
        this.total = rows;
        this.applied = appliedRows;
        this.unchanged = unchangedRows;
    }

    void reject(Problem problem) {
        problems.add(new Problem(problem.rowNumber(), cut(problem.applicationNumber(), 100),
                cut(problem.eventDate(), 40), cut(problem.eventText(), 500), problem.reasonKey()));
        rejected = problems.size();
    }

    void finish(Instant now) {
        finishedAt = now;
    }

    void fail(String messageKey, String argument, Instant now) {
        status = Status.FAILED;
        failureKey = messageKey;
        failureArgument = cut(argument, 300);
        finishedAt = now;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public UUID getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getFileName() {
        return fileName;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotal() {
        return total;
    }

    public int getApplied() {
        return applied;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public String getFailureArgument() {
        return failureArgument;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<Problem> getProblems() {
        return List.copyOf(problems);
    }
}
