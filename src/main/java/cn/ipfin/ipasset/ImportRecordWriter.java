package cn.ipfin.ipasset;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import cn.ipfin.ipasset.importer.PatentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves the accepted records of an import in batches, each in its own transaction, and updates the job's
 * progress after every batch. When a batch fails, its records are saved one by one so that a single bad record
 * is rejected and the others are kept.
 */
@Component
class ImportRecordWriter {

    private static final Logger log = LoggerFactory.getLogger(ImportRecordWriter.class);
    /**
     * Records per transaction. Each transaction reads its stored assets and owners with one query each and ends
     * with one commit of the search index, so larger batches import faster. A failed batch is retried row by row.
     */
    static final int BATCH_SIZE = 500;

    private final ImportJobs jobs;
    private final IpAssetService assets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportRecordWriter(ImportJobs jobs, IpAssetService assets, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.assets = assets;
        this.transactions = transactions;
        this.clock = clock;
    }

    void write(UUID jobId, List<PatentRecord> records, Importer importer) {
        try {
            for (int start = 0; start < records.size(); start += BATCH_SIZE) {
                List<PatentRecord> batch = records.subList(start, Math.min(records.size(), start + BATCH_SIZE));
                writeBatch(jobId, batch, importer);
            }
            transactions.executeWithoutResult(status -> job(jobId).succeed(clock.instant()));
            log.info("Import {} finished with {} records", jobId, records.size());
        } catch (RuntimeException e) {
            log.error("Import {} failed while saving records", jobId, e);
            transactions.executeWithoutResult(status -> job(jobId).fail("import.failed.unexpected", List.of(),
                    clock.instant()));
        }
    }

    private void writeBatch(UUID jobId, List<PatentRecord> batch, Importer importer) {
        try {
            transactions.executeWithoutResult(status -> {
                ImportJob job = job(jobId);
                List<IpAssetService.ImportOutcome> outcomes = save(batch, importer);
                for (int i = 0; i < batch.size(); i++) {
                    count(job, batch.get(i), outcomes.get(i));
                }
            });
        } catch (RuntimeException batchFailure) {
            log.warn("Import {}: a batch failed ({}); saving its records one by one", jobId,
                    batchFailure.getClass().getSimpleName());
            batch.forEach(record -> writeSingle(jobId, record, importer));
        }
    }

    private void writeSingle(UUID jobId, PatentRecord record, Importer importer) {
        try {
            transactions.executeWithoutResult(status -> count(job(jobId), record, save(List.of(record), importer).get(0)));
        } catch (RuntimeException e) {
            log.warn("Import {}: row {} could not be saved: {}", jobId, record.rowNumber(), e.getClass().getSimpleName());
            transactions.executeWithoutResult(status -> {
                ImportJob job = job(jobId);
                job.reject(record.rowNumber(), null, "import.row.saveFailed", List.of(record.applicationNumber()));
                job.progress(1, 0, 0);
            });
        }
    }

    /** The organisation and user an import runs for. */
    record Importer(Long organizationId, boolean platformStaff, String username) {
    }

    private List<IpAssetService.ImportOutcome> save(List<PatentRecord> records, Importer importer) {
        List<IpAssetService.ImportedRecord> imported = records.stream().map(ImportRecordWriter::toImported).toList();
        return assets.saveImported(imported, importer.organizationId(), importer.platformStaff(),
                importer.username());
    }

    private static IpAssetService.ImportedRecord toImported(PatentRecord record) {
        IpNumber number = new IpNumber(record.applicationNumber(), record.foreign(),
                record.office() == null ? "CN" : record.office());
        return new IpAssetService.ImportedRecord(number, RecordMapping.toData(record), record.legalStatus());
    }

    private static void count(ImportJob job, PatentRecord record, IpAssetService.ImportOutcome outcome) {
        switch (outcome) {
            case CREATED -> job.progress(1, 1, 0);
            case UPDATED -> job.progress(1, 0, 1);
            case OWNED_ELSEWHERE -> {
                job.reject(record.rowNumber(), null, "import.row.ownedElsewhere", List.of(record.applicationNumber()));
                job.progress(1, 0, 0);
            }
        }
    }

    private ImportJob job(UUID jobId) {
        return jobs.findById(jobId).orElseThrow(() -> new IllegalStateException("Import job " + jobId + " vanished"));
    }
}
