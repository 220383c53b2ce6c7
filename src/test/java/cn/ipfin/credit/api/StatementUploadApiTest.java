package cn.ipfin.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Downloading the Excel template, filling it in with POI as a user would in Excel, and uploading it. */
class StatementUploadApiTest extends IntegrationTest {

    /** Figures of the first year column (C); later years add 10 % to every amount. */
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("CURRENT_ASSETS", "3000000.00"), Map.entry("TOTAL_ASSETS", "6000000.50"),
            Map.entry("CURRENT_LIABILITIES", "1000000.00"), Map.entry("TOTAL_LIABILITIES", "2500000.25"),
            Map.entry("OWNERS_EQUITY", "3500000.25"), Map.entry("OPERATING_REVENUE", "9000000.00"),
            Map.entry("OPERATING_COST", "5000000.00"), Map.entry("TOTAL_COST_AND_EXPENSE", "8000000.00"),
            Map.entry("NET_PROFIT", "800000.00"), Map.entry("OPERATING_CASH_FLOW", "-120000.75"),
            Map.entry("RD_EXPENSE", "500000.00"), Map.entry("EMPLOYEES", "40"), Map.entry("TECH_STAFF", "12"));

    @Test
    void filledTemplateIsStoredForThreeYears() throws IOException {
        Member enterprise = verifiedMember("ENTERPRISE", "模板上传测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        byte[] template = client.getBytes(path(enterprise, "/template"));

        Response upload = client.upload(path(enterprise, "/upload"), "statements.xlsx", fill(template, Map.of()));
        Response list = client.get(path(enterprise, ""));

        assertThat(upload.status()).as(upload.raw()).isEqualTo(200);
        assertThat(list.body().size()).isEqualTo(3);
        JsonNode oldest = list.body().get(2);
        assertThat(oldest.get("figures").get("totalAssets").asString()).isEqualTo("6000000.50");
        assertThat(oldest.get("figures").get("operatingCashFlow").asString()).isEqualTo("-120000.75");
        assertThat(oldest.get("figures").get("techStaff").asInt()).isEqualTo(12);
        assertThat(list.body().get(0).get("year").asInt()).isEqualTo(list.body().get(2).get("year").asInt() + 2);
    }

    @Test
    void templateCarriesStoredFigures() throws IOException {
        Member enterprise = verifiedMember("ENTERPRISE", "模板回填测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        client.upload(path(enterprise, "/upload"), "statements.xlsx",
                fill(client.getBytes(path(enterprise, "/template")), Map.of()));

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(
                client.getBytes(path(enterprise, "/template"))))) {
            Row totalAssets = rowOf(workbook.getSheetAt(0), "TOTAL_ASSETS");
            assertThat(totalAssets.getCell(2).getNumericCellValue()).isEqualTo(6000000.50);
        }
    }

    @Test
    void failedUploadListsEveryCellAndKeepsNothing() throws IOException {
        Member enterprise = verifiedMember("ENTERPRISE", "模板错误测试" + TestData.uniqueUsername("e"));
        ApiClient client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        byte[] template = client.getBytes(path(enterprise, "/template"));
        Map<String, String> mistakes = Map.of("C:OPERATING_REVENUE", "九百万", "D:OWNERS_EQUITY", "1.00",
                "E:NET_PROFIT", "");

        Response upload = client.upload(path(enterprise, "/upload"), "statements.xlsx", fill(template, mistakes));

        assertThat(upload.status()).isEqualTo(400);
        Map<String, String> errors = new HashMap<>();
        upload.body().get("errors").forEach(error -> errors.put(error.get("field").asString(),
                error.get("message").asString()));
        assertThat(errors).hasSize(3);
        assertThat(errors.get("C9")).startsWith("单元格 C9（").contains("营业收入）不是数字");
        assertThat(errors.get("D5")).contains("资产总计").contains("差额须在 1 元以内");
        assertThat(errors.get("E12")).endsWith("年净利润：请填写。");
        assertThat(client.get(path(enterprise, "")).body().size()).isZero();
    }

    @Test
    void fileThatIsNotAWorkbookIsRejected() {
        Member enterprise = verifiedMember("ENTERPRISE", "模板格式测试" + TestData.uniqueUsername("e"));

        Response upload = api().signedInAs(enterprise.username(), TestData.PASSWORD).upload(
                path(enterprise, "/upload"), "statements.xlsx", "年度,资产".getBytes(StandardCharsets.UTF_8));

        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(upload.body().get("errors").get(0).get("message").asString()).contains("不是 Excel 工作簿");
    }

    @Test
    void otherEnterpriseCannotUploadOrDownload() throws IOException {
        Member enterprise = verifiedMember("ENTERPRISE", "模板保密测试" + TestData.uniqueUsername("e"));
        Member other = verifiedMember("ENTERPRISE", "模板他人测试" + TestData.uniqueUsername("e"));
        ApiClient own = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        byte[] filled = fill(own.getBytes(path(enterprise, "/template")), Map.of());
        ApiClient otherClient = api().signedInAs(other.username(), TestData.PASSWORD);

        assertThat(otherClient.upload(path(enterprise, "/upload"), "s.xlsx", filled).status()).isEqualTo(404);
        assertThat(otherClient.get(path(enterprise, "/template")).status()).isEqualTo(404);
        assertThat(api().upload(path(enterprise, "/upload"), "s.xlsx", filled).status()).isEqualTo(401);
    }

    /**
     * Fills columns C to E with {@link #FIGURES}, growing 10 % a year, then applies mistakes keyed by
     * column letter and item code; an empty mistake clears the cell.
     */
    private static byte[] fill(byte[] template, Map<String, String> mistakes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
                Row row = rowOf(sheet, figure.getKey());
                for (int column = 2; column <= 4; column++) {
                    String value = figure.getValue();
                    String mistake = mistakes.get((char) ('A' + column) + ":" + figure.getKey());
                    if (mistake != null && mistake.isEmpty()) {
                        row.getCell(column).setBlank();
                    } else if (mistake != null) {
                        setNumberOrText(row, column, mistake);
                    } else {
                        setNumberOrText(row, column, column == 2 ? value : grown(value, column - 2));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String grown(String value, int years) {
        java.math.BigDecimal amount = new java.math.BigDecimal(value);
        for (int i = 0; i < years; i++) {
            amount = amount.multiply(new java.math.BigDecimal("1.1"));
        }
        return value.contains(".") ? amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                : amount.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static void setNumberOrText(Row row, int column, String value) {
        try {
            row.getCell(column).setCellValue(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            row.getCell(column).setCellValue(value);
        }
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("Template has no row for " + code);
    }

    private static String path(Member enterprise, String suffix) {
        return "/api/v1/enterprises/" + enterprise.organizationId() + "/financial-statements" + suffix;
    }
}
