package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Legal-status feeds imported by operators: applied rows, rows in the report, and a second import. */
class LegalStatusFeedApiTest extends IntegrationTest {

    private static final String PATH = "/api/v1/operator/legal-status-imports";

    @Autowired
    private IpAssetService assets;

    @Test
    void appliesKnownRowsAndReportsTheOthers() throws IOException {
        IpAsset patent = grantedPatent("法律状态导入测试有限公司");
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        byte[] feed = feed(patent.getNumber());

        Response first = operator.upload(PATH, "feed.csv", feed);
        Response second = operator.upload(PATH, "feed.csv", feed);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.body().get("total").asInt()).isEqualTo(6);
        assertThat(first.body().get("applied").asInt()).isEqualTo(2);
        assertThat(first.body().get("rejected").asInt()).isEqualTo(4);
        assertThat(reasons(first.body())).containsExactly("平台登记簿中没有此申请号",
                "无法识别的法律状态事件，请对照支持的事件名称修改", "申请号无效：请检查位数和校验位",
                "事件日期缺失或格式无法识别，请使用 yyyy-MM-dd");
        assertThat(second.body().get("applied").asInt()).isZero();
        assertThat(second.body().get("unchanged").asInt()).isEqualTo(2);
        IpAsset updated = assets.get(patent.getId());
        assertThat(updated.getLegalStatus()).isEqualTo(LegalStatus.LAPSED);
        assertThat(updated.getAnnualFeeStatus()).isEqualTo(AnnualFeeStatus.UNPAID);
        assertThat(updated.getStatusHistory().stream().filter(e -> e.getEventKind() != null).count()).isEqualTo(2);
    }

    @Test
    void reportWorkbookKeepsRejectedRowsAsWritten() throws IOException {
        IpAsset patent = grantedPatent("法律状态报告测试有限公司");
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        JsonNode result = operator.upload(PATH, "feed.csv", feed(patent.getNumber())).body();

        byte[] report = operator.getBytes(PATH + "/" + result.get("id").asString() + "/report");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet problems = workbook.getSheet("未处理的行");
            assertThat(problems.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申请号");
            assertThat(problems.getLastRowNum()).isEqualTo(4);
            assertThat(problems.getRow(1).getCell(1).getStringCellValue()).isEqualTo("CN201099999999.8");
            assertThat(problems.getRow(2).getCell(3).getStringCellValue()).isEqualTo("专利权人的姓名或者名称的变更");
            assertThat(problems.getRow(2).getCell(4).getStringCellValue()).contains("无法识别");
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void impossibleDateReportedAsOutOfRange() {
        IpAsset patent = grantedPatent("法律状态日期越界测试有限公司");
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        String feed = "申请号,事件日期,事件\n" + patent.getNumber() + ",2026-13-45,授权\n"
                + patent.getNumber() + ",13/45/2026,授权\n";

        Response response = operator.upload(PATH, "feed.csv", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(reasons(response.body())).containsExactly("日期无效：2026-13-45（月份或日期超出范围）",
                "事件日期缺失或格式无法识别，请使用 yyyy-MM-dd");
    }

    @Test
    void missingColumnFailsTheImport() {
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);

        Response response = operator.upload(PATH, "feed.csv", "申请号,事件\n201710601862.3,授权\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(response.body().get("status").asString()).isEqualTo("FAILED");
        assertThat(response.body().get("failure").asString()).contains("事件日期");
    }

    @Test
    void onlyPlatformStaffImportFeeds() {
        ApiClient bank = api().signedInAs(verifiedMember("BANK", "法律状态越权测试银行").username(), TestData.PASSWORD);

        Response response = bank.upload(PATH, "feed.csv", "申请号,事件日期,事件\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(403);
    }

    /**
     * Returns a feed with a byte order mark. The known patent appears in two spellings (CN prefix with dot,
     * full-width digits without dot) with two events. An unknown number, an unknown text, an invalid number
     * and a row without date follow.
     */
    static byte[] feed(String number) {
        String digits = number.replace(".", "");
        String fullWidth = digits.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
        String text = "\uFEFF申请号,法律状态公告日,法律状态\n"
                + "CN" + number + ",2026-11-02,专利权无效宣告请求\n"
                + fullWidth + ",2026/11/20,未缴年费专利权终止\n"
                + "CN201099999999.8,2026-11-20,未缴年费专利权终止\n"
                + number + ",2026-11-21,专利权人的姓名或者名称的变更\n"
                + "201910123456.7,2026-11-21,授权\n"
                + number + ",,视为撤回\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> reasons(JsonNode result) {
        return result.get("problems").valueStream().map(problem -> problem.get("reason").asString()).toList();
    }

    private IpAsset grantedPatent(String ownerName) {
        Member owner = verifiedMember("ENTERPRISE", ownerName);
        return cn.ipfin.risk.RiskFixtures.grantedInventionOf(assets, owner);
    }
}
