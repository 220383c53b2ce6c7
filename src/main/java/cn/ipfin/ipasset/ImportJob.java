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

    /**
     * Whether the search index has the assets a succeeded job stored. The job succeeds once its rows are stored,
     * and the index follows in the background, so search finds the assets only from INDEXED on.
     */
    public enum SearchIndex {
        PENDING, INDEXED, FAILED
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

    @Column(name = "stored_at")
    private Instant storedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "search_index")
    private SearchIndex searchIndex;

    @Column(name = "indexed_at")
    private Instant indexedAt;

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

    /**
     * Marks the job succeeded once its rows are stored. When {@code indexPending} is false the search index
     * already has every stored asset, as after the entity path, which indexes while it saves.
     */
    void succeed(Instant now, boolean indexPending) {
        rejected = (int) errors.stream().map(ImportJobError::getRowNumber).distinct().count();
        processed = total;
        status = Status.SUCCEEDED;
        finishedAt = now;
        storedAt = now;
        searchIndex = indexPending ? SearchIndex.PENDING : SearchIndex.INDEXED;
        indexedAt = indexPending ? null : now;
    }

    void indexed(Instant now) {
        searchIndex = SearchIndex.INDEXED;
        indexedAt = now;
    }

    void indexingFailed() {
        searchIndex = SearchIndex.FAILED;
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

    /** Returns whether the rows are stored but search does not find all of them yet. */
    public boolean isSearchPending() {
        return status == Status.SUCCEEDED && searchIndex == SearchIndex.PENDING;
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

    public Instant getStoredAt() {
        return storedAt;
    }

    public SearchIndex getSearchIndex() {
        return searchIndex;
    }

    public Instant getIndexedAt() {
        return indexedAt;
    }

    public List<ImportJobError> getErrors() {
        return List.copyOf(errors);
    }
}
