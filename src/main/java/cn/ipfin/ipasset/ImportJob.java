package cn.ipfin.ipasset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One import of a patent list (专利清单导入), run in the background; the page polls its progress and the report
 * lists every rejected row.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** The state of an import. A job with rejected rows still succeeds; only a file-level problem fails it. */
    public enum Status {
        RUNNING, SUCCEEDED, FAILED
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
    private int processed;
    private int imported;
    private int updated;
    private int rejected;
    private int duplicates;

    @Column(name = "failure_key")
    private String failureKey;

    @Column(name = "failure_arguments")
    private String failureArguments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(mappedBy = "job", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNumber asc, id asc")
    private List<ImportJobError> errors = new ArrayList<>();

    protected ImportJob() {
    }

    ImportJob(Long organizationId, String createdBy, String fileName, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.fileName = fileName;
        this.status = Status.RUNNING;
        this.createdAt = now;
    }

    void start(int total, int duplicates) {
        this.total = total;
        this.duplicates = duplicates;
    }

    void reject(int row, String column, String messageKey, List<String> arguments) {
        errors.add(new ImportJobError(this, row, column, messageKey, arguments));
    }

    void progress(int processedRecords, int newlyImported, int newlyUpdated) {
        processed += processedRecords;
        imported += newlyImported;
        updated += newlyUpdated;
    }

    void succeed(Instant now) {
        rejected = (int) errors.stream().map(ImportJobError::getRowNumber).distinct().count();
        processed = total;
        status = Status.SUCCEEDED;
        finishedAt = now;
    }

    void fail(String messageKey, List<String> arguments, Instant now) {
        failureKey = messageKey;
        failureArguments = ImportJobError.joinArguments(arguments);
        status = Status.FAILED;
        finishedAt = now;
    }

    public boolean isFinished() {
        return status != Status.RUNNING;
    }

    /** Returns the progress in percent for the progress bar. */
    public int getPercent() {
        if (isFinished()) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, processed * 100 / total);
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

    public int getProcessed() {
        return processed;
    }

    public int getImported() {
        return imported;
    }

    public int getUpdated() {
        return updated;
    }

    public int getRejected() {
        return rejected;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public Object[] getFailureArguments() {
        return ImportJobError.splitArguments(failureArguments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<ImportJobError> getErrors() {
        return List.copyOf(errors);
    }
}
