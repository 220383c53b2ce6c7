package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.ipfin.core.identifier.PatentType;
import cn.ipfin.ipasset.importer.PatentRecord;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Compares the COPY and set-based import path with the entity path it replaces, on the same kinds of rows and
 * the same stored state, and checks its ids and the search index.
 */
class ImportCopyWriterTest extends IntegrationTest {

    private static final String LONG_STATUS = "有效".repeat(150);

    @Autowired
    private ImportCopyWriter copyWriter;

    @Autowired
    private ImportRecordWriter writer;

    @Autowired
    private IpAssetService assets;

    @Autowired
    private ImportJobs jobs;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    /** The rows of one comparison. Each path gets its own numbers, so both start from the same stored state. */
    private record Scenario(List<String> numbers, List<PatentRecord> records) {
    }

    @Test
    void setBasedRowsEqualEntityRows() {
        Member importer = verifiedMember("ENTERPRISE", "集合导入对照测试" + TestData.uniqueUsername("c"));
        Member other = verifiedMember("ENTERPRISE", "集合导入他人测试" + TestData.uniqueUsername("o"));
        Scenario viaCopy = scenario(importer, other);
        Scenario viaEntities = scenario(importer, other);
        ImportRecordWriter.Importer as = importerOf(importer);

        List<ImportCopyWriter.Stored> copied = transactions.execute(status -> copyWriter.save(
                imported(viaCopy.records()), as));
        List<IpAssetService.ImportOutcome> saved = assets.saveImported(imported(viaEntities.records()),
                importer.organizationId(), false, importer.username());

        assertThat(copied.stream().map(ImportCopyWriter.Stored::outcome).toList()).isEqualTo(saved);
        assertThat(saved).containsExactly(IpAssetService.ImportOutcome.CREATED,
                IpAssetService.ImportOutcome.CREATED, IpAssetService.ImportOutcome.UPDATED,
                IpAssetService.ImportOutcome.UPDATED, IpAssetService.ImportOutcome.UPDATED,
                IpAssetService.ImportOutcome.OWNED_ELSEWHERE, IpAssetService.ImportOutcome.CREATED,
                IpAssetService.ImportOutcome.UPDATED);
        for (int i = 0; i < viaCopy.numbers().size(); i++) {
            String copyNumber = viaCopy.numbers().get(i);
            String entityNumber = viaEntities.numbers().get(i);
            assertThat(assetRow(copyNumber)).as("asset of row %d", i).isEqualTo(assetRow(entityNumber));
            assertThat(eventRows(copyNumber)).as("events of row %d", i).isEqualTo(eventRows(entityNumber));
        }
    }

    @Test
    void setBasedEventsMatchEntityColumns() {
        Member importer = verifiedMember("ENTERPRISE", "集合导入事件测试" + TestData.uniqueUsername("e"));
        Scenario viaCopy = scenario(importer, importer);
        ImportRecordWriter.Importer as = importerOf(importer);

        transactions.execute(status -> copyWriter.save(imported(viaCopy.records()), as));

        List<Map<String, Object>> created = eventRows(viaCopy.numbers().get(0));
        assertThat(created).hasSize(1);
        assertThat(created.get(0)).containsEntry("legal_status", "VALID").containsEntry("status_text", "有效")
                .containsEntry("recorded_by", importer.username()).containsEntry("effective_date", null)
                .containsEntry("note", null).containsEntry("event_kind", null)
                .containsEntry("recorded_with_update", true);
        assertThat(eventRows(viaCopy.numbers().get(1))).isEmpty();
        List<Map<String, Object>> lapsed = eventRows(viaCopy.numbers().get(2));
        assertThat(lapsed).extracting(row -> row.get("legal_status")).containsExactly("VALID", "LAPSED");
        assertThat(eventRows(viaCopy.numbers().get(3))).hasSize(1);
        List<Map<String, Object>> twice = eventRows(viaCopy.numbers().get(6));
        assertThat(twice).extracting(row -> row.get("legal_status")).containsExactly("PENDING", "VALID");
    }

    @Test
    void jobReportMatchesEntityPath() {
        Member importer = verifiedMember("ENTERPRISE", "集合导入报告测试" + TestData.uniqueUsername("r"));
        Member other = verifiedMember("ENTERPRISE", "集合导入报告他人" + TestData.uniqueUsername("p"));
        Scenario viaCopy = scenario(importer, other);
        Scenario viaEntities = scenario(importer, other);
        ImportRecordWriter.Importer as = importerOf(importer);

        UUID copyJob = newJob(importer, viaCopy.records().size());
        UUID entityJob = newJob(importer, viaEntities.records().size());
        writer.write(copyJob, viaCopy.records(), as);
        writer.writeWithEntities(entityJob, viaEntities.records(), as);

        JobSummary copied = summary(copyJob, viaCopy);
        JobSummary saved = summary(entityJob, viaEntities);
        assertThat(copied).isEqualTo(saved);
        assertThat(copied.imported()).isEqualTo(3);
        assertThat(copied.updated()).isEqualTo(4);
        assertThat(copied.errors()).containsExactly("7 import.row.ownedElsewhere number5");
        assertThat(copied.searchIndex()).isEqualTo(ImportJob.SearchIndex.INDEXED);
    }

    @Test
    void badRowFallsBackAndKeepsOthers() {
        Member importer = verifiedMember("ENTERPRISE", "集合导入坏行测试" + TestData.uniqueUsername("b"));
        ImportRecordWriter.Importer as = importerOf(importer);
        List<String> numbers = List.of(ManualEntryApiTest.nextNumber(1), ManualEntryApiTest.nextNumber(1),
                ManualEntryApiTest.nextNumber(1));
        List<PatentRecord> records = List.of(
                patent(2, numbers.get(0), "一种坏行前的装置", importer.organizationName(), "有效"),
                patent(3, numbers.get(1), "一种状态过长的装置", importer.organizationName(), LONG_STATUS),
                patent(4, numbers.get(2), "一种坏行后的装置", importer.organizationName(), null));
        UUID job = newJob(importer, records.size());

        writer.write(job, records, as);

        JobSummary summary = summary(job, new Scenario(numbers, records));
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errors()).containsExactly("3 import.row.saveFailed number1");
        assertThat(assetRow(numbers.get(0))).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ip_asset where number = ?", Integer.class,
                numbers.get(1))).isZero();
    }

    @Test
    void copiedIdsDoNotCollideWithEntityIds() {
        Member importer = verifiedMember("ENTERPRISE", "集合导入编号测试" + TestData.uniqueUsername("i"));
        ImportRecordWriter.Importer as = importerOf(importer);
        Set<Long> entityIds = new HashSet<>();
        entityIds.add(createByHand(importer).getId());
        List<PatentRecord> records = new ArrayList<>();
        for (int row = 2; row < 122; row++) {
            records.add(patent(row, ManualEntryApiTest.nextNumber(1), "一种编号测试装置", importer.organizationName(),
                    "有效"));
        }

        List<ImportCopyWriter.Stored> stored = transactions.execute(status -> copyWriter.save(imported(records), as));
        for (int i = 0; i < 60; i++) {
            entityIds.add(createByHand(importer).getId());
        }

        Set<Long> copiedIds = new HashSet<>();
        stored.forEach(entry -> copiedIds.add(entry.assetId()));
        assertThat(copiedIds).hasSize(records.size());
        assertThat(entityIds).hasSize(61);
        assertThat(copiedIds).doesNotContainAnyElementsOf(entityIds);
    }

    @Test
    void importedPatentIsFoundAfterIndexing() {
        Member member = verifiedMember("ENTERPRISE", "集合导入检索测试" + TestData.uniqueUsername("s"));
        ApiClient client = api().signedInAs(member.username(), TestData.PASSWORD);
        String number = ManualEntryApiTest.nextNumber(1);
        String file = "申请号,标题,申请人,法律状态\n" + number + ",一种检索测试装置," + member.organizationName() + ",有效\n";
        ApiClient.Response started = client.upload("/api/v1/ip-assets/imports", "search.csv",
                file.getBytes(StandardCharsets.UTF_8));

        JsonNode job = client.pollUntilFinished(started.body().get("jobId").asString());

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("searchIndex").asString()).isEqualTo("INDEXED");
        assertThat(job.get("storedAt").isNull()).isFalse();
        assertThat(job.get("indexedAt").isNull()).isFalse();
        assertThat(job.get("searchNotice").isNull()).isTrue();
        JsonNode found = api().get("/api/v1/ip-assets?q=" + number).body();
        assertThat(found.get("totalElements").asLong()).isEqualTo(1);
        assertThat(found.get("content").get(0).get("number").asString()).isEqualTo(number);
    }

    @Test
    void pendingJobSaysSearchFollows() {
        Member member = verifiedMember("ENTERPRISE", "集合导入提示测试" + TestData.uniqueUsername("n"));
        ImportJob job = new ImportJob(member.organizationId(), member.username(), "pending.csv", Instant.now());
        job.start(1, 0);
        job.succeed(Instant.now(), true);
        jobs.save(job);
        ApiClient client = api().signedInAs(member.username(), TestData.PASSWORD);

        JsonNode chinese = client.get("/api/v1/import-jobs/" + job.getId()).body();

        assertThat(chinese.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(chinese.get("searchIndex").asString()).isEqualTo("PENDING");
        assertThat(chinese.get("searchNotice").asString()).contains("检索");
    }

    /**
     * Builds, for fresh numbers, the stored state and the rows of one comparison. Rows in order: new with status,
     * new without status, updatable with a new status, updatable with the stored status, updatable without
     * status, owned by {@code other}, and a new number twice. Rows 4 to 6 are stored before through the entities.
     */
    private Scenario scenario(Member importer, Member other) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            numbers.add(ManualEntryApiTest.nextNumber(1));
        }
        String applicant = importer.organizationName();
        assets.saveImported(imported(List.of(
                        fullPatent(0, numbers.get(2), applicant, "有效"),
                        fullPatent(0, numbers.get(3), "未核验申请人有限公司", "有效"),
                        fullPatent(0, numbers.get(4), applicant, "审中"))),
                importer.organizationId(), false, importer.username());
        assets.saveImported(imported(List.of(fullPatent(0, numbers.get(5), other.organizationName(), "有效"))),
                other.organizationId(), false, other.username());

        List<PatentRecord> records = List.of(
                patent(2, numbers.get(0), "一种新的有状态装置", applicant, "有效"),
                patent(3, numbers.get(1), "一种新的无状态装置", "未核验申请人有限公司", null),
                patent(4, numbers.get(2), "一种更新后失效的装置", applicant, "未缴年费专利权终止"),
                patent(5, numbers.get(3), "一种状态未变的装置", "", "有效"),
                patent(6, numbers.get(4), "一种未给状态的装置", applicant, null),
                patent(7, numbers.get(5), "一种他人的装置", applicant, "失效"),
                patent(8, numbers.get(6), "一种出现两次的装置", applicant, "审中"),
                patent(9, numbers.get(6), "一种出现两次的装置（第二行）", applicant, "授权"));
        List<String> rowNumbers = new ArrayList<>(numbers);
        rowNumbers.add(numbers.get(6));
        return new Scenario(rowNumbers, records);
    }

    private static PatentRecord patent(int row, String number, String title, String applicant, String status) {
        List<String> applicants = applicant.isEmpty() ? List.of() : List.of(applicant);
        return new PatentRecord(row, number, false, "CN", PatentType.INVENTION, title, null, null, applicants,
                List.of(), null, null, null, null, List.of(), null, null, status, null, null);
    }

    private static PatentRecord fullPatent(int row, String number, String applicant, String status) {
        return new PatentRecord(row, number, false, "CN", PatentType.INVENTION, "一种完整记录的装置",
                "A complete device", "完整记录的摘要", List.of(applicant), List.of("张三", "李四"), "CN111111111A",
                LocalDate.of(2021, 3, 4), LocalDate.of(2021, 9, 1), LocalDate.of(2022, 5, 6),
                List.of("G06F 16/27", "H04L 9/00"), "G06F 16/27", 12, status, 3, "中国");
    }

    private static List<IpAssetService.ImportedRecord> imported(List<PatentRecord> records) {
        return records.stream().map(ImportRecordWriter::toImported).toList();
    }

    private IpAsset createByHand(Member owner) {
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种手工登记的编号测试装置", null, null,
                List.of(owner.organizationName()), List.of(), null, null, null, null, List.of(), null, null, null);
        return assets.create(new IpNumber(ManualEntryApiTest.nextNumber(1), false, "CN"), data, "有效",
                owner.username(), owner.organizationId());
    }

    /** Reads the stored columns that do not depend on the number, the id or the time of the import. */
    private Map<String, Object> assetRow(String number) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select registry, kind, foreign_number, office, title, title_en, abstract_text, owners, owner_keys,
                    owner_organization_id, source_organization_id, inventors, publication_number, filing_date,
                    publication_date, grant_date, classification, main_classification, claims_count, family_size,
                    legal_status, legal_status_text, source, pledged, annual_fee_status, invalidation_pending, frozen,
                    version, created_at <= updated_at as created_first
                from ip_asset where number = ?""", number);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private List<Map<String, Object>> eventRows(String number) {
        return jdbc.queryForList("""
                select e.legal_status, e.status_text, e.effective_date, e.note, e.recorded_by, e.event_kind,
                    e.recorded_at = a.updated_at as recorded_with_update
                from ip_legal_status_event e join ip_asset a on a.id = e.asset_id
                where a.number = ? order by e.recorded_at, e.id""", number);
    }

    private UUID newJob(Member member, int total) {
        ImportJob job = new ImportJob(member.organizationId(), member.username(), "compare.csv", Instant.now());
        job.start(total, 0);
        return jobs.save(job).getId();
    }

    /** A job's counts and its report, with each number written as its position in the scenario. */
    private record JobSummary(ImportJob.Status status, int processed, int imported, int updated, int rejected,
            ImportJob.SearchIndex searchIndex, List<String> errors) {
    }

    private JobSummary summary(UUID jobId, Scenario scenario) {
        return transactions.execute(status -> {
            ImportJob job = jobs.findById(jobId).orElseThrow();
            List<String> errors = job.getErrors().stream().map(error -> error.getRowNumber() + " "
                    + error.getMessageKey() + " number" + scenario.numbers().indexOf(error.getArguments()[0]))
                    .toList();
            return new JobSummary(job.getStatus(), job.getProcessed(), job.getImported(), job.getUpdated(),
                    job.getRejected(), job.getSearchIndex(), errors);
        });
    }

    private static ImportRecordWriter.Importer importerOf(Member member) {
        return new ImportRecordWriter.Importer(member.organizationId(), false, member.username());
    }
}
