package cn.ipfin.ipasset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.importer.PatentField;
import cn.ipfin.ipasset.importer.PatentListReadResult;
import cn.ipfin.ipasset.importer.PatentListReader;
import cn.ipfin.ipasset.importer.PatentRecord;
import cn.ipfin.ipasset.importer.RowError;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports patent lists exported by patent databases: checks the upload, reads it, records rejected rows and
 * saves the accepted records in the background while the job shows its progress.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Roles whose verified organisations may import lists. */
    private static final Set<Role> IMPORTERS = Set.of(Role.ENTERPRISE, Role.BANK, Role.EVALUATOR, Role.LAW_FIRM,
            Role.OPERATOR, Role.ADMIN);

    private final ImportJobs jobs;
    private final ImportRecordWriter writer;
    private final OrganizationService organizations;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;
    private final PatentListReader reader = new PatentListReader();

    ImportService(ImportJobs jobs, ImportRecordWriter writer, OrganizationService organizations,
            TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.organizations = organizations;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /** An uploaded file. */
    public record Upload(String fileName, byte[] content) {

        public Upload {
            fileName = fileName == null || fileName.isBlank() ? "upload" : fileName;
        }
    }

    /**
     * Rejects users whose role may not import or whose organisation is not verified yet.
     *
     * @throws AccessDeniedException with the reason in its message
     */
    public void requireImportRights(CurrentUser user) {
        if (!IMPORTERS.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " may not import IP lists");
        }
        boolean verified = organizations.find(user.organizationId()).map(o -> o.isVerified()).orElse(false);
        if (!verified) {
            throw new AccessDeniedException("Organization " + user.organizationId() + " is not verified");
        }
    }

    /**
     * Reads an upload without saving anything, so a page can show the recognised and unknown columns.
     *
     * @throws InvalidInputException when the file is not an acceptable CSV or XLSX file
     */
    public PatentListReadResult inspect(Upload upload, Map<String, PatentField> overrides) {
        UploadCheck.problem(upload.fileName(), upload.content()).ifPresent(key -> {
            throw InvalidInputException.of("file", key, upload.fileName());
        });
        try {
            return reader.read(upload.content(), upload.fileName(), overrides);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading upload " + upload.fileName() + " failed", e);
        }
    }

    /** Starts an import job; the accepted records are saved in the background. */
    public ImportJob start(Upload upload, Map<String, PatentField> overrides, CurrentUser user) {
        requireImportRights(user);
        PatentListReadResult result = inspect(upload, overrides);

        ImportJob job = new ImportJob(user.organizationId(), user.username(), truncate(upload.fileName()),
                clock.instant());
        if (result.failed()) {
            job.fail(result.fileError().messageKey(), result.fileError().arguments(), clock.instant());
            jobs.save(job);
            log.warn("Import {} of {} failed: {}", job.getId(), user.username(), result.fileError().problem());
            return job;
        }
        job.start(result.totalDataRows(), result.duplicates().size());
        for (RowError error : result.rowErrors()) {
            job.reject(error.row(), error.column(), error.messageKey(), error.arguments());
        }
        List<PatentRecord> accepted = rejectRecordsWithoutApplicants(job, result.records());
        jobs.save(job);
        log.info("Import {} started by {}: {} rows, {} rejected while reading", job.getId(), user.username(),
                result.totalDataRows(), result.rejectedRowCount());
        ImportRecordWriter.Importer importer = new ImportRecordWriter.Importer(user.organizationId(),
                user.isPlatformStaff(), user.username());
        executor.execute(() -> writer.write(job.getId(), accepted, importer));
        return job;
    }

    /**
     * Rejects records that name no applicant, because a record without an owner could never be linked to a
     * member or updated by one, and returns the others.
     */
    private static List<PatentRecord> rejectRecordsWithoutApplicants(ImportJob job, List<PatentRecord> records) {
        List<PatentRecord> accepted = new java.util.ArrayList<>();
        for (PatentRecord record : records) {
            if (record.applicants().isEmpty()) {
                job.reject(record.rowNumber(), PatentField.APPLICANTS.label(), "import.applicants.missing", List.of());
            } else {
                accepted.add(record);
            }
        }
        return accepted;
    }

    /** Returns a job of the user's own organisation; platform staff see every job. */
    public ImportJob get(UUID id, CurrentUser user) {
        ImportJob job = transactions.execute(status -> jobs.findById(id).map(found -> {
            found.getErrors();
            return found;
        }).orElse(null));
        if (job == null || !(user.isPlatformStaff() || job.getOrganizationId().equals(user.organizationId()))) {
            throw new NotFoundException("import-job.not-found", "import.job.notFound", id);
        }
        return job;
    }

    public List<ImportJob> recent(CurrentUser user) {
        return jobs.findByOrganizationIdOrderByCreatedAtDesc(user.organizationId(), PageRequest.of(0, 10));
    }

    private static String truncate(String fileName) {
        return fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
    }
}
