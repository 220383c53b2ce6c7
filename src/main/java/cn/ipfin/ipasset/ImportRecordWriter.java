package cn.ipfin.ipasset;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.ipfin.ipasset.importer.PatentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the accepted records of an import in chunks, each in its own transaction, and updates the job's
 * progress after every chunk. A chunk is stored with COPY and set-based SQL ({@link ImportCopyWriter}). When that
 * fails, the chunk is saved through the entities in batches, and a failed batch record by record, so that a
 * single bad record is rejected and the others are kept. Once every row is stored the job succeeds, and the
 * assets stored by SQL are then added to the search index.
 */
@Component
class ImportRecordWriter {

    private static final Logger log = LoggerFactory.getLogger(ImportRecordWriter.class);
    /** Records per COPY and set-based transaction. A failed chunk is saved again through the entities. */
    static final int CHUNK_SIZE = 5_000;
    /**
     * Records per transaction of the entity path. Each transaction reads its stored assets and owners with one
     * query each and ends with one commit of the search index. A failed batch is retried row by row.
     */
    static final int BATCH_SIZE = 500;

    private final ImportJobs jobs;
    private final IpAssetService assets;
    private final ImportCopyWriter copyWriter;
    private final ImportSearchIndexer indexer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportRecordWriter(ImportJobs jobs, IpAssetService assets, ImportCopyWriter copyWriter,
            ImportSearchIndexer indexer, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.assets = assets;
        this.copyWriter = copyWriter;
        this.indexer = indexer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores the records with COPY and set-based SQL, falling back to the entities for a failed chunk. */
    void write(UUID jobId, List<PatentRecord> records, Importer importer) {
        List<Long> unindexed = new ArrayList<>();
        try {
            for (int start = 0; start < records.size(); start += CHUNK_SIZE) {
                List<PatentRecord> chunk = records.subList(start, Math.min(records.size(), start + CHUNK_SIZE));
                unindexed.addAll(writeChunk(jobId, chunk, importer));
            }
        } catch (RuntimeException e) {
            fail(jobId, e);
            return;
        }
        finish(jobId, records.size(), unindexed);
    }

    /**
     * Stores the records through the entities only, in batches, and the search index follows at each commit. This
     * is the fallback path of {@link #write}, run on its own so that tests can compare both paths.
     */
    void writeWithEntities(UUID jobId, List<PatentRecord> records, Importer importer) {
        try {
            for (int start = 0; start < records.size(); start += BATCH_SIZE) {
                writeBatch(jobId, records.subList(start, Math.min(records.size(), start + BATCH_SIZE)), importer);
            }
        } catch (RuntimeException e) {
            fail(jobId, e);
            return;
        }
        finish(jobId, records.size(), List.of());
    }

    private void finish(UUID jobId, int recordCount, List<Long> unindexed) {
        transactions.executeWithoutResult(status -> job(jobId).succeed(clock.instant(), !unindexed.isEmpty()));
        log.info("Import {} stored {} records; {} assets still to index", jobId, recordCount, unindexed.size());
        if (unindexed.isEmpty()) {
            return;
        }
        // NOTE: the ids live only in memory. When the application stops before this ends, the job stays PENDING,
        // and the start-up rebuild (SearchIndexBootstrap) indexes only when the asset count differs from the index.
        try {
            indexer.index(unindexed);
            transactions.executeWithoutResult(status -> job(jobId).indexed(clock.instant()));
            log.info("Import {} indexed {} assets", jobId, unindexed.size());
        } catch (RuntimeException e) {
            log.error("Import {} failed to index {} stored assets", jobId, unindexed.size(), e);
            transactions.executeWithoutResult(status -> job(jobId).indexingFailed());
        }
    }

    private void fail(UUID jobId, RuntimeException e) {
        log.error("Import {} failed while saving records", jobId, e);
        transactions.executeWithoutResult(status -> job(jobId).fail("import.failed.unexpected", List.of(),
                clock.instant()));
    }

    /** Stores one chunk with COPY and returns the ids of the assets it created or updated, which need indexing. */
    private List<Long> writeChunk(UUID jobId, List<PatentRecord> chunk, Importer importer) {
        try {
            return transactions.execute(status -> {
                ImportJob job = job(jobId);
                List<ImportCopyWriter.Stored> stored = copyWriter.save(chunk.stream()
                        .map(ImportRecordWriter::toImported).toList(), importer);
                List<Long> assetIds = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    count(job, chunk.get(i), stored.get(i).outcome());
                    if (stored.get(i).assetId() != null) {
                        assetIds.add(stored.get(i).assetId());
                    }
                }
                return assetIds;
            });
        } catch (RuntimeException chunkFailure) {
            log.warn("Import {}: storing rows {} to {} with COPY failed ({}); saving them through the entities",
                    jobId, chunk.get(0).rowNumber(), chunk.get(chunk.size() - 1).rowNumber(),
                    chunkFailure.toString());
            for (int start = 0; start < chunk.size(); start += BATCH_SIZE) {
                writeBatch(jobId, chunk.subList(start, Math.min(chunk.size(), start + BATCH_SIZE)), importer);
            }
            return List.of();
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

    static IpAssetService.ImportedRecord toImported(PatentRecord record) {
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
