package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.stream.Stream;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportApiTest extends IntegrationTest {

    private static final String FIXTURES = "/fixtures/patent-lists/";

    @Test
    void importsPatenticsStyleListAndUpdatesOnSecondImport() throws IOException {
        ApiClient client = api().signedInAs(verifiedMember("ENTERPRISE", "导入测试一有限公司").username(),
                TestData.PASSWORD);
        Map<String, String> renumbered = new HashMap<>();
        // The browser story registers the fixture's first applicant as a member, which would then own row 2.
        byte[] file = new String(withFreshNumbers(fixture("patentics-style-utf8-bom.csv"), renumbered),
                StandardCharsets.UTF_8).replace("晋源智能装备", "晋源智能装备测试" + TestData.uniqueUsername("x"))
                .getBytes(StandardCharsets.UTF_8);

        JsonNode first = importAndWait(client, "patentics.csv", file);
        JsonNode second = importAndWait(client, "patentics.csv", file);

        assertThat(first.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("rejected").asInt()).isZero();
        assertThat(first.get("imported").asInt()).isEqualTo(4);
        assertThat(second.get("imported").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(4);
        JsonNode found = api().get("/api/v1/ip-assets?q=" + renumbered.get("202010578812.X")).body();
        assertThat(found.get("totalElements").asLong()).isEqualTo(1);
        assertThat(found.get("content").get(0).get("filingDate").asString()).isEqualTo("2020-06-10");
    }

    /**
     * Replaces every Chinese application number of a fixture by a new one of the same type, so that imports by
     * other tests of the shared database never own these records.
     */
    static byte[] withFreshNumbers(byte[] fixture, Map<String, String> renumbered) {
        Matcher matcher = Pattern.compile("CN(\\d{4})(\\d)(\\d{7})\\.([0-9X])")
                .matcher(new String(fixture, StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String original = matcher.group().substring(2);
            String fresh = renumbered.computeIfAbsent(original,
                    key -> ManualEntryApiTest.nextNumber(Integer.parseInt(matcher.group(2))));
            matcher.appendReplacement(text, "CN" + fresh);
        }
        matcher.appendTail(text);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsValidRowsAndReportsEveryRejectedRow() throws IOException {
        ApiClient client = api().signedInAs(verifiedMember("EVALUATOR", "导入测试评估有限公司").username(),
                TestData.PASSWORD);

        JsonNode job = importAndWait(client, "rows-with-errors.csv", fixture("rows-with-errors.csv"));

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("total").asInt()).isEqualTo(9);
        assertThat(job.get("imported").asInt() + job.get("updated").asInt()).isEqualTo(2);
        assertThat(job.get("rejected").asInt()).isEqualTo(6);
        assertThat(job.get("duplicates").asInt()).isEqualTo(1);
        assertThat(rejectedRows(job)).containsExactlyInAnyOrder(3, 4, 5, 6, 10, 11);
        JsonNode checkDigit = errorOfRow(job, 3);
        assertThat(checkDigit.get("column").asString()).isEqualTo("申请号");
        assertThat(checkDigit.get("message").asString()).contains("校验位应为 X");
        assertThat(api().get("/api/v1/ip-assets?q=US16%2F113%2C519").body().get("totalElements").asLong())
                .isEqualTo(1);
    }

    @Test
    void reportWorkbookListsRejectedRows() throws IOException {
        ApiClient client = api().signedInAs(verifiedMember("ENTERPRISE", "导入报告测试有限公司").username(),
                TestData.PASSWORD);
        String file = "申请号,标题,申请人\n" + ManualEntryApiTest.nextNumber(1) + ",一种报告测试装置,导入报告测试有限公司\n"
                + "201910123456.7,一种校验位错误的装置,导入报告测试有限公司\n"
                + ManualEntryApiTest.nextNumber(1) + ",,导入报告测试有限公司\n";
        JsonNode job = importAndWait(client, "report.csv", file.getBytes(StandardCharsets.UTF_8));

        byte[] report = client.getBytes("/api/v1/import-jobs/" + job.get("jobId").asString() + "/report");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet rows = workbook.getSheet("被拒绝的行");
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(job.get("rejected").asInt()).isEqualTo(2);
            assertThat(rows.getLastRowNum()).isEqualTo(job.get("errors").size());
            assertThat(rows.getRow(1).getCell(2).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void unknownHeaderNeedsMapping() {
        ApiClient client = api().signedInAs(verifiedMember("ENTERPRISE", "列映射测试有限公司").username(),
                TestData.PASSWORD);
        String number = ManualEntryApiTest.nextNumber(1);
        byte[] file = ("申请号,专利标题名,申请人\n" + number + ",一种列映射测试装置,列映射测试有限公司\n")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode unmapped = importAndWait(client, "custom.csv", file);
        JsonNode mapped = client.pollUntilFinished(client.uploadWithMapping("/api/v1/ip-assets/imports", "custom.csv",
                file, "{\"专利标题名\":\"TITLE\"}").body().get("jobId").asString());

        assertThat(unmapped.get("status").asString()).isEqualTo("FAILED");
        assertThat(unmapped.get("failure").asString()).contains("标题");
        assertThat(mapped.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(mapped.get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void cannotOverwriteAnotherOrganisationsPatent() {
        Member owner = verifiedMember("ENTERPRISE", "原权利人测试有限公司");
        ApiClient ownerClient = api().signedInAs(owner.username(), TestData.PASSWORD);
        ApiClient intruder = api().signedInAs(verifiedMember("ENTERPRISE", "覆盖他人测试有限公司").username(),
                TestData.PASSWORD);
        String number = ManualEntryApiTest.nextNumber(1);
        String full = "申请号,标题,申请人,申请日,权利要求数,法律状态\n" + number + ",一种原始标题的装置," + owner.organizationName()
                + ",2021-05-06,12,授权\n";
        String hostile = "申请号,标题,申请人,申请日,法律状态\n" + number + ",被覆盖的标题,覆盖他人测试有限公司,2020-01-01,失效\n";
        String shortOwn = "申请号,标题,申请人\n" + number + ",一种原始标题的装置（修订）," + owner.organizationName() + "\n";

        importAndWait(ownerClient, "full.csv", full.getBytes(StandardCharsets.UTF_8));
        JsonNode refused = importAndWait(intruder, "hostile.csv", hostile.getBytes(StandardCharsets.UTF_8));
        JsonNode own = importAndWait(ownerClient, "short.csv", shortOwn.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.get("rejected").asInt()).isEqualTo(1);
        assertThat(refused.get("errors").get(0).get("message").asString()).contains(number, "其他机构");
        assertThat(own.get("updated").asInt()).isEqualTo(1);
        JsonNode asset = api().get("/api/v1/ip-assets/" + api().get("/api/v1/ip-assets?q=" + number).body()
                .get("content").get(0).get("id").asLong()).body();
        assertThat(asset.get("title").asString()).isEqualTo("一种原始标题的装置（修订）");
        assertThat(asset.get("legalStatus").asString()).isEqualTo("VALID");
        assertThat(asset.get("filingDate").asString()).isEqualTo("2021-05-06");
        assertThat(asset.get("claimsCount").asInt()).isEqualTo(12);
        assertThat(asset.get("ownerOrganizationId").asLong()).isEqualTo(owner.organizationId());
    }

    @Test
    void rejectsRowsWithoutApplicant() {
        ApiClient client = api().signedInAs(verifiedMember("ENTERPRISE", "无申请人测试有限公司").username(),
                TestData.PASSWORD);
        String file = "申请号,标题,申请人\n" + ManualEntryApiTest.nextNumber(1) + ",一种没有申请人的装置,\n"
                + ManualEntryApiTest.nextNumber(1) + ",一种有申请人的装置,无申请人测试有限公司\n";

        JsonNode job = importAndWait(client, "owners.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("rejected").asInt()).isEqualTo(1);
        assertThat(job.get("imported").asInt()).isEqualTo(1);
        assertThat(errorOfRow(job, 2).get("column").asString()).isEqualTo("申请人");
    }

    @Test
    void rejectsFilesThatAreNotPatentLists() {
        ApiClient client = api().signedInAs(verifiedMember("ENTERPRISE", "非法文件测试有限公司").username(),
                TestData.PASSWORD);

        Response pdf = client.upload("/api/v1/ip-assets/imports", "list.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8));
        Response binary = client.upload("/api/v1/ip-assets/imports", "list.csv", new byte[] {1, 0, 2, 0, 3});

        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.body().get("errors").get(0).get("message").asString()).contains("不是 CSV 或 Excel");
        assertThat(binary.status()).isEqualTo(400);
    }

    @Test
    void onlyVerifiedImportersMayImport() throws IOException {
        byte[] file = fixture("patentics-style-utf8-bom.csv");
        var registration = TestData.registration("ENTERPRISE", "未审核导入测试有限公司");
        assertThat(api().post("/api/v1/organizations/registrations", registration).status()).isEqualTo(201);
        String pendingUser = (String) registration.get("adminUsername");

        assertThat(api().upload("/api/v1/ip-assets/imports", "a.csv", file).status()).isEqualTo(401);
        assertThat(api().signedInAs(verifiedMember("INVESTOR", "导入越权投资有限公司").username(), TestData.PASSWORD)
                .upload("/api/v1/ip-assets/imports", "a.csv", file).status()).isEqualTo(403);
        assertThat(api().signedInAs(pendingUser, TestData.PASSWORD)
                .upload("/api/v1/ip-assets/imports", "a.csv", file).status()).isEqualTo(403);
    }

    @Test
    void otherOrganizationCannotReadJob() throws IOException {
        ApiClient owner = api().signedInAs(verifiedMember("ENTERPRISE", "任务归属测试有限公司").username(),
                TestData.PASSWORD);
        ApiClient stranger = api().signedInAs(verifiedMember("ENTERPRISE", "任务窥探测试有限公司").username(),
                TestData.PASSWORD);
        byte[] file = withFreshNumbers(fixture("patentics-style-utf8-bom.csv"), new HashMap<>());
        String jobId = owner.upload("/api/v1/ip-assets/imports", "a.csv", file).body().get("jobId").asString();

        assertThat(stranger.get("/api/v1/import-jobs/" + jobId).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/import-jobs/" + jobId + "/report").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/import-jobs/" + jobId).status()).isEqualTo(401);
        assertThat(owner.pollUntilFinished(jobId).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void realDatabaseExportsImportWithoutRejectedRows() throws IOException {
        Path patentics = sample("patentics_cn_AN-apollo_20220414.csv");
        Path incopat = sample("incopat_cn_openai_72.xlsx");
        ApiClient client = api().signedInAs(verifiedMember("LAW_FIRM", "样例导入律师事务所").username(),
                TestData.PASSWORD);

        JsonNode first = importAndWait(client, patentics.getFileName().toString(), Files.readAllBytes(patentics));
        JsonNode second = importAndWait(client, incopat.getFileName().toString(), Files.readAllBytes(incopat));

        assertThat(first.get("total").asInt()).isEqualTo(51);
        assertThat(first.get("rejected").asInt()).isZero();
        assertThat(first.get("imported").asInt() + first.get("updated").asInt()).isEqualTo(51);
        assertThat(second.get("total").asInt()).isEqualTo(73);
        assertThat(second.get("rejected").asInt()).isZero();
        JsonNode record = api().get("/api/v1/ip-assets?q=CN202010144278.1").body().get("content").get(0);
        assertThat(record.get("filingDate").asString()).isEqualTo("2020-03-04");
        assertThat(api().get("/api/v1/ip-assets?q=TW110132167").body().get("content").get(0)
                .get("foreignNumber").asBoolean()).isTrue();
    }

    private static JsonNode importAndWait(ApiClient client, String name, byte[] file) {
        Response started = client.upload("/api/v1/ip-assets/imports", name, file);
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        return client.pollUntilFinished(started.body().get("jobId").asString());
    }

    private static List<Integer> rejectedRows(JsonNode job) {
        List<Integer> rows = new ArrayList<>();
        job.get("errors").forEach(error -> {
            if (!rows.contains(error.get("row").asInt())) {
                rows.add(error.get("row").asInt());
            }
        });
        return rows;
    }

    private static JsonNode errorOfRow(JsonNode job, int row) {
        for (JsonNode error : job.get("errors")) {
            if (error.get("row").asInt() == row) {
                return error;
            }
        }
        throw new AssertionError("No error for row " + row);
    }

    private static byte[] fixture(String name) throws IOException {
        try (var in = ImportApiTest.class.getResourceAsStream(FIXTURES + name)) {
            return in.readAllBytes();
        }
    }

    private static Path sample(String name) {
        Path file = Stream.of(Path.of("..", "shared", "samples", "patent-exports", name),
                        Path.of("/work/shared/samples/patent-exports", name))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(file != null, "sample export " + name + " is not available on this machine");
        return file;
    }
}
