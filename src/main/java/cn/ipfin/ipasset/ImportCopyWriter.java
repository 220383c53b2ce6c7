package cn.ipfin.ipasset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.organization.Organization;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Stores the records of an import with PostgreSQL {@code COPY} into a temporary staging table and a few
 * set-based statements. It applies the rules of {@link IpAssetService#saveImported}: a new number is created, a
 * stored one is updated only for its owner, the organisation that created it or platform staff, an update keeps
 * every stored value the record leaves empty, and a legal-status event is written whenever the status or its text
 * changes. The search index is not touched, so the caller indexes the returned asset ids afterwards.
 *
 * <p>Must run inside a transaction, because the staging tables are dropped at commit.
 */
@Component
class ImportCopyWriter {

    /** The outcome of one record and the id of the asset it created or updated, null when owned elsewhere. */
    record Stored(IpAssetService.ImportOutcome outcome, Long assetId) {
    }

    /**
     * Creates the staging table with the column types of {@code ip_asset}, so that a value too long for its
     * column already fails the COPY.
     */
    private static final String CREATE_STAGING = """
            create temporary table import_row on commit drop as
            select 0 as position, registry, kind, number, foreign_number, office, title, title_en, abstract_text,
                owners, owner_keys, true as owners_given, owner_organization_id as owner_candidate_id, inventors,
                publication_number, filing_date, publication_date, grant_date, classification, main_classification,
                claims_count, family_size, legal_status, legal_status_text
            from ip_asset
            with no data""";

    private static final String COPY_STAGING = """
            copy import_row (position, registry, kind, number, foreign_number, office, title, title_en,
                abstract_text, owners, owner_keys, owners_given, owner_candidate_id, inventors, publication_number,
                filing_date, publication_date, grant_date, classification, main_classification, claims_count,
                family_size, legal_status, legal_status_text) from stdin""";

    /** Locks the stored assets with the rows' numbers until the transaction ends. */
    private static final String LOCK_STORED = """
            select count(*) from (
                select a.id from ip_asset a join import_row r on r.registry = a.registry and r.number = a.number
                for update of a) locked""";

    /**
     * Creates {@code import_plan}: each staged row with its outcome, its asset id and, when it changes the legal
     * status, the id of its new event.
     *
     * <ul>
     * <li>A row without a stored asset is CREATED. A stored asset is UPDATED when the importer may update it,
     * as {@link IpAsset#updatableBy} decides or as platform staff, and otherwise OWNED_ELSEWHERE.</li>
     * <li>A new asset starts as UNKNOWN without text, so it gets an event exactly when the row has a status text.
     * An updated asset gets one when the row's status or text differs from the stored ones.</li>
     * <li>New ids come from the sequences, which Hibernate reads with the pooled-lo optimizer. Every nextval
     * reserves the block from its value up to value + increment - 1, so these ids never meet the ones Hibernate
     * hands out.</li>
     * </ul>
     *
     * <p>Parameters: platform staff, organisation id twice, then the asset sequence's increment three times and
     * the event sequence's increment three times.
     */
    private static final String CREATE_PLAN = """
            create temporary table import_plan on commit drop as
            with decided as (
                select r.*, a.id as stored_id, a.legal_status as stored_status, a.legal_status_text as stored_text,
                    case when a.id is null then 'CREATED'
                         when ? or a.owner_organization_id = ?
                              or (a.owner_organization_id is null and a.source_organization_id = ?) then 'UPDATED'
                         else 'OWNED_ELSEWHERE' end as outcome
                from import_row r
                left join ip_asset a on a.registry = r.registry and a.number = r.number),
            flagged as (
                select d.*,
                    case when outcome = 'CREATED' then legal_status_text is not null
                         when outcome = 'UPDATED' then legal_status_text is not null
                              and (stored_status <> legal_status or stored_text is distinct from legal_status_text)
                         else false end as status_changed
                from decided d),
            numbered as (
                select f.*,
                    row_number() over (partition by outcome = 'CREATED' order by position) as asset_ordinal,
                    row_number() over (partition by status_changed order by position) as event_ordinal
                from flagged f),
            asset_ids as (
                select first_id + step as id, row_number() over (order by first_id, step) as ordinal
                from (select nextval('ip_asset_id_seq') as first_id
                      from generate_series(1, (select (count(*)::integer + ? - 1) / ?
                                               from flagged where outcome = 'CREATED'))) blocks
                cross join generate_series(0, ? - 1) as step),
            event_ids as (
                select first_id + step as id, row_number() over (order by first_id, step) as ordinal
                from (select nextval('ip_legal_status_event_id_seq') as first_id
                      from generate_series(1, (select (count(*)::integer + ? - 1) / ?
                                               from flagged where status_changed))) blocks
                cross join generate_series(0, ? - 1) as step)
            select n.*,
                case when n.outcome = 'CREATED' then asset_ids.id else n.stored_id end as asset_id,
                case when n.status_changed then event_ids.id end as event_id
            from numbered n
            left join asset_ids on n.outcome = 'CREATED' and asset_ids.ordinal = n.asset_ordinal
            left join event_ids on n.status_changed and event_ids.ordinal = n.event_ordinal""";

    /** Parameters: organisation id, now, now. */
    private static final String INSERT_NEW = """
            insert into ip_asset (id, registry, kind, number, foreign_number, office, title, title_en, abstract_text,
                owners, owner_keys, owner_organization_id, source_organization_id, inventors, publication_number,
                filing_date, publication_date, grant_date, classification, main_classification, claims_count,
                family_size, legal_status, legal_status_text, source, created_at, updated_at, version)
            select asset_id, registry, kind, number, foreign_number, office, title, title_en, abstract_text,
                owners, owner_keys, owner_candidate_id, ?, inventors, publication_number,
                filing_date, publication_date, grant_date, classification, main_classification, claims_count,
                family_size, legal_status, legal_status_text, 'IMPORT', ?, ?, 0
            from import_plan where outcome = 'CREATED'""";

    /**
     * Replaces the stored values with the ones the row provides, as {@link IpAsset#merge} does, moves the legal
     * status when it changed and links an unowned asset to the row's verified applicant. The version moves on
     * like Hibernate's optimistic lock. Parameter: now.
     */
    private static final String UPDATE_STORED = """
            update ip_asset a set
                kind = r.kind,
                title = r.title,
                title_en = coalesce(r.title_en, a.title_en),
                abstract_text = coalesce(r.abstract_text, a.abstract_text),
                owners = case when r.owners_given then r.owners else a.owners end,
                owner_keys = case when r.owners_given then r.owner_keys else a.owner_keys end,
                inventors = coalesce(r.inventors, a.inventors),
                publication_number = coalesce(r.publication_number, a.publication_number),
                filing_date = coalesce(r.filing_date, a.filing_date),
                publication_date = coalesce(r.publication_date, a.publication_date),
                grant_date = coalesce(r.grant_date, a.grant_date),
                classification = coalesce(r.classification, a.classification),
                main_classification = coalesce(r.main_classification, a.main_classification),
                claims_count = coalesce(r.claims_count, a.claims_count),
                family_size = coalesce(r.family_size, a.family_size),
                legal_status = case when r.status_changed then r.legal_status else a.legal_status end,
                legal_status_text = case when r.status_changed then r.legal_status_text else a.legal_status_text end,
                owner_organization_id = coalesce(a.owner_organization_id, r.owner_candidate_id),
                updated_at = ?,
                version = a.version + 1
            from import_plan r
            where r.outcome = 'UPDATED' and a.id = r.asset_id""";

    /** The columns {@link IpAsset#changeLegalStatus} writes. Parameters: now, username. */
    private static final String INSERT_EVENTS = """
            insert into ip_legal_status_event (id, asset_id, legal_status, status_text, effective_date, note,
                recorded_at, recorded_by, event_kind)
            select event_id, asset_id, legal_status, legal_status_text, null, null, ?, ?, null
            from import_plan where status_changed""";

    private final JdbcTemplate jdbc;
    private final IpAssetService assets;
    private final Clock clock;

    ImportCopyWriter(JdbcTemplate jdbc, IpAssetService assets, Clock clock) {
        this.jdbc = jdbc;
        this.assets = assets;
        this.clock = clock;
    }

    /**
     * Stores the records and returns the outcome of each, in order. A number that occurs twice is created by its
     * first record and updated by the later ones, because each occurrence is stored in its own round.
     *
     * @throws org.springframework.dao.DataAccessException when a statement fails, such as for a value too long
     *                                                     for its column. The caller's transaction must then
     *                                                     roll back.
     */
    List<Stored> save(List<IpAssetService.ImportedRecord> records, ImportRecordWriter.Importer importer) {
        // PostgreSQL keeps microseconds, so a truncated instant compares equal after a round trip.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime timestamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<String, Organization> owners = assets.verifiedOwners(records);
        int assetBlock = sequenceIncrement("ip_asset_id_seq");
        int eventBlock = sequenceIncrement("ip_legal_status_event_id_seq");

        Stored[] stored = new Stored[records.size()];
        List<List<Integer>> rounds = occurrenceRounds(records);
        for (int round = 0; round < rounds.size(); round++) {
            if (round == 0) {
                jdbc.execute(CREATE_STAGING);
            } else {
                jdbc.execute("drop table import_plan");
                jdbc.execute("truncate import_row");
            }
            copyRows(records, rounds.get(round), owners, now);
            jdbc.queryForObject(LOCK_STORED, Long.class);
            jdbc.update(CREATE_PLAN, importer.platformStaff(), importer.organizationId(), importer.organizationId(),
                    assetBlock, assetBlock, assetBlock, eventBlock, eventBlock, eventBlock);
            jdbc.update(INSERT_NEW, importer.organizationId(), timestamp, timestamp);
            jdbc.update(UPDATE_STORED, timestamp);
            jdbc.update(INSERT_EVENTS, timestamp, importer.username());
            jdbc.query("select position, outcome, asset_id from import_plan", (RowCallbackHandler) row -> {
                IpAssetService.ImportOutcome outcome = IpAssetService.ImportOutcome.valueOf(row.getString(2));
                Long assetId = outcome == IpAssetService.ImportOutcome.OWNED_ELSEWHERE ? null : row.getLong(3);
                stored[row.getInt(1)] = new Stored(outcome, assetId);
            });
        }
        return List.of(stored);
    }

    /**
     * Splits the record positions so that every round contains each number at most once. Round 0 contains the
     * first occurrence of every number, round 1 the second and so on. Rounds run in order, so a later occurrence
     * sees the asset an earlier one created.
     */
    private static List<List<Integer>> occurrenceRounds(List<IpAssetService.ImportedRecord> records) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<Integer>> rounds = new ArrayList<>();
        for (int position = 0; position < records.size(); position++) {
            IpAssetService.ImportedRecord record = records.get(position);
            String key = record.data().kind().registry() + "|" + record.number().value();
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            if (occurrence == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(occurrence).add(position);
        }
        return rounds;
    }

    /**
     * Returns the sequence's increment, which is the number of ids each nextval reserves under pooled-lo. V130
     * sets it to 50, the allocation size of {@link IpAsset} and {@link LegalStatusEvent}.
     */
    private int sequenceIncrement(String sequence) {
        Long increment = jdbc.queryForObject("select increment_by from pg_sequences "
                + "where schemaname = current_schema() and sequencename = ?", Long.class, sequence);
        if (increment == null || increment < 1) {
            throw new IllegalStateException("Sequence " + sequence + " has no positive increment: " + increment);
        }
        return Math.toIntExact(increment);
    }

    private void copyRows(List<IpAssetService.ImportedRecord> records, List<Integer> positions,
            Map<String, Organization> owners, Instant now) {
        StringBuilder text = new StringBuilder(positions.size() * 400);
        for (int position : positions) {
            IpAssetService.ImportedRecord record = records.get(position);
            appendRow(text, position, record, owners, now);
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_STAGING,
                        new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("Copying import rows into the staging table failed", e);
            }
        });
        if (copied == null || copied != positions.size()) {
            throw new IllegalStateException("Copied " + copied + " import rows, expected " + positions.size());
        }
    }

    /**
     * Appends one row in COPY's text format. The column values come from {@link IpAsset#describe}, so they are
     * exactly those the entity path stores for a new asset.
     */
    private static void appendRow(StringBuilder text, int position, IpAssetService.ImportedRecord record,
            Map<String, Organization> owners, Instant now) {
        IpNumber number = record.number();
        IpAssetData data = record.data();
        IpAsset described = new IpAsset(data.kind(), number.value(), number.foreign(), number.office(), "IMPORT",
                now);
        described.describe(data, now);
        String statusText = record.legalStatusText() == null || record.legalStatusText().isBlank() ? null
                : record.legalStatusText().trim();
        Long ownerCandidate = IpAssetService.firstOwner(data.owners(), owners).map(Organization::getId).orElse(null);

        text.append(position);
        field(text, data.kind().registry().name());
        field(text, data.kind().name());
        field(text, number.value());
        field(text, String.valueOf(number.foreign()));
        field(text, number.office());
        field(text, described.getTitle());
        field(text, described.getTitleEn());
        field(text, described.getAbstractText());
        field(text, described.getOwners());
        field(text, described.getOwnerKeys());
        field(text, String.valueOf(!data.owners().isEmpty()));
        field(text, ownerCandidate);
        field(text, described.getInventors());
        field(text, described.getPublicationNumber());
        field(text, described.getFilingDate());
        field(text, described.getPublicationDate());
        field(text, described.getGrantDate());
        field(text, described.getClassification());
        field(text, described.getMainClassification());
        field(text, described.getClaimsCount());
        field(text, described.getFamilySize());
        field(text, LegalStatus.fromText(statusText).name());
        field(text, statusText);
        text.append('\n');
    }

    /** Appends a tab and the value in COPY's text format, where {@code \N} is null. */
    private static void field(StringBuilder text, Object value) {
        text.append('\t');
        if (value == null) {
            text.append("\\N");
            return;
        }
        String string = value.toString();
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
