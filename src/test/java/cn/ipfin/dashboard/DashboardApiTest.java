package cn.ipfin.dashboard;

import static cn.ipfin.dashboard.DashboardSummaries.figures;
import static cn.ipfin.dashboard.DashboardSummaries.number;
import static cn.ipfin.dashboard.DashboardSummaries.section;
import static cn.ipfin.dashboard.DashboardSummaries.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.organization.Organization;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Dashboard figures of one new bank's loans in the first half of 2025, checked against SQL over the same rows,
 * against the Excel export and the PDF report, and the access rules of the dashboard and the public page.
 */
class DashboardApiTest extends IntegrationTest {

    private static final String PERIOD = "from=2025-01-01&to=2025-06-30&granularity=MONTH";
    private static final String AMOUNT = "coalesce(approved_amount, amount)";
    private static final String RATE = "coalesce(approved_rate, annual_rate)";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IpAssetService assets;

    private Organization bank;
    private Organization firstEnterprise;
    private Organization secondEnterprise;
    private String government;

    @BeforeEach
    void createLoans() {
        DashboardFixture fixture = new DashboardFixture(jdbc, registrations, organizations, assets);
        String label = TestData.uniqueUsername("s");
        bank = fixture.organization("BANK", "统计测试银行" + label, "140105", "J");
        firstEnterprise = fixture.organization("ENTERPRISE", "统计测试甲有限公司" + label, "140200", "C");
        secondEnterprise = fixture.organization("ENTERPRISE", "统计测试乙有限公司" + label, "140300", "I");
        government = verifiedMember("GOVERNMENT", "统计测试市场监管局" + label).username();

        Long repaying = fixture.loan(firstEnterprise, bank, "DISBURSED", "1200000.00", "1000000.00", "0.035",
                LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 25), fixture.patent(firstEnterprise, IpKind.INVENTION));
        fixture.repayment(repaying, bank, LocalDate.of(2025, 4, 25), "200000.00", "8750.00");
        fixture.repayment(repaying, bank, LocalDate.of(2025, 7, 25), "100000.00", "2333.33");
        fixture.loan(secondEnterprise, bank, "DEFAULTED", "500000.00", "500000.00", "0.04",
                LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 1),
                fixture.patent(secondEnterprise, IpKind.UTILITY_MODEL));
        fixture.loan(firstEnterprise, bank, "SETTLED", "2000000.00", "2000000.00", "0.03",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 15), fixture.patent(firstEnterprise, IpKind.INVENTION),
                fixture.patent(firstEnterprise, IpKind.UTILITY_MODEL));
        fixture.loan(secondEnterprise, bank, "REJECTED", "800000.00", null, "0.05", LocalDate.of(2025, 2, 20),
                null);
        fixture.loan(firstEnterprise, bank, "DISBURSED", "300000.00", "300000.00", "0.045",
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1), fixture.patent(firstEnterprise, IpKind.INVENTION));
    }

    @Test
    void headlineFiguresMatchSql() {
        Map<String, BigDecimal> figures = figures(summary(), "loans");

        Map<String, Object> issued = jdbc.queryForMap("select count(*) as n, sum(" + AMOUNT + ") as amount, "
                + "count(distinct applicant_org_id) as enterprises, round(sum(" + AMOUNT + " * " + RATE + ") / sum("
                + AMOUNT + "), 6) as rate, round(avg(disbursed_on - submitted_on), 1) as days "
                + "from loan_application where lender_org_id = ? and disbursed_on between '2025-01-01' and '2025-06-30'",
                bank.getId());
        String left = AMOUNT + " - coalesce((select sum(r.principal) from loan_repayment r "
                + "where r.application_id = loan_application.id and r.value_date <= '2025-06-30'), 0)";
        Map<String, Object> outstanding = jdbc.queryForMap("select count(*) as n, sum(" + left + ") as amount, "
                + "coalesce(sum(case when state = 'DEFAULTED' then " + left + " end), 0) as defaulted "
                + "from loan_application where lender_org_id = ? and disbursed_on <= '2025-06-30' "
                + "and state in ('DISBURSED', 'DEFAULTED')", bank.getId());
        Map<String, Object> decided = jdbc.queryForMap("select "
                + "count(*) filter (where state in ('APPROVED', 'REGISTERED', 'DISBURSED', 'SETTLED', 'DEFAULTED')) as approved, "
                + "count(*) filter (where state in ('REJECTED', 'DECLINED', 'CHECKS_FAILED')) as refused "
                + "from loan_application where lender_org_id = ? and submitted_on between '2025-01-01' and '2025-06-30'",
                bank.getId());

        assertThat(figures.get("dashboard.figure.issuedCount")).isEqualByComparingTo(number(issued.get("n")));
        assertThat(figures.get("dashboard.figure.issuedAmount")).isEqualByComparingTo(number(issued.get("amount")));
        assertThat(figures.get("dashboard.figure.enterprisesServed"))
                .isEqualByComparingTo(number(issued.get("enterprises")));
        assertThat(figures.get("dashboard.figure.averageRate")).isEqualByComparingTo(number(issued.get("rate")));
        assertThat(figures.get("dashboard.figure.averageDays")).isEqualByComparingTo(number(issued.get("days")));
        assertThat(figures.get("dashboard.figure.outstandingCount")).isEqualByComparingTo(number(outstanding.get("n")));
        assertThat(figures.get("dashboard.figure.outstandingAmount"))
                .isEqualByComparingTo(number(outstanding.get("amount")));
        assertThat(figures.get("dashboard.figure.defaultedAmount"))
                .isEqualByComparingTo(number(outstanding.get("defaulted")));
        assertThat(figures.get("dashboard.figure.nplRatio")).isEqualByComparingTo(number(outstanding.get("defaulted"))
                .divide(number(outstanding.get("amount")), 4, RoundingMode.HALF_UP));
        long approved = ((Number) decided.get("approved")).longValue();
        long refused = ((Number) decided.get("refused")).longValue();
        assertThat(figures.get("dashboard.figure.approvalRate")).isEqualByComparingTo(BigDecimal.valueOf(approved)
                .divide(BigDecimal.valueOf(approved + refused), 4, RoundingMode.HALF_UP));
    }

    @Test
    void headlineFiguresMatchHandWorkedValues() {
        Map<String, BigDecimal> figures = figures(summary(), "loans");

        assertThat(figures.get("dashboard.figure.issuedAmount")).isEqualByComparingTo("3500000.00");
        // 1,000,000 − 200,000 repaid by 2025-06-30 (not the 100,000 repaid in July) + 500,000 + 300,000
        assertThat(figures.get("dashboard.figure.outstandingAmount")).isEqualByComparingTo("1600000.00");
        assertThat(figures.get("dashboard.figure.nplRatio")).isEqualByComparingTo("0.3125");
        assertThat(figures.get("dashboard.figure.averageRate")).isEqualByComparingTo("0.032857");
        assertThat(figures.get("dashboard.figure.approvalRate")).isEqualByComparingTo("0.75");
        assertThat(figures.get("dashboard.figure.averageDays")).isEqualByComparingTo("28.0");
    }

    @Test
    void districtTableMatchesSql() {
        JsonNode district = table(summary(), "loans", "district");
        Map<String, BigDecimal> expected = new HashMap<>();
        jdbc.query("select o.district_code, sum(" + AMOUNT + ") as amount from loan_application l "
                + "join organization o on o.id = l.applicant_org_id where l.lender_org_id = ? "
                + "and l.disbursed_on between '2025-01-01' and '2025-06-30' group by o.district_code",
                row -> {
                    expected.put(row.getString(1), row.getBigDecimal(2));
                }, bank.getId());

        Map<String, BigDecimal> actual = new HashMap<>();
        district.get("rows").forEach(row -> actual.put(row.get("key").asString(),
                row.get("values").get(1).decimalValue()));
        assertThat(expected).hasSize(2);
        expected.forEach((code, amount) -> assertThat(actual.get(code)).as(code).isEqualByComparingTo(amount));
        assertThat(district.get("rows").get(0).get("label").asString()).isEqualTo("大同市");
    }

    @Test
    void ipTypeTableGroupsMixedPledges() {
        Map<String, BigDecimal> issued = new HashMap<>();
        table(summary(), "loans", "ip_type").get("rows").forEach(row -> issued.put(row.get("key").asString(),
                row.get("values").get(1).decimalValue()));

        assertThat(issued).containsOnlyKeys("MIXED", "INVENTION", "UTILITY_MODEL");
        assertThat(issued.get("MIXED")).isEqualByComparingTo("2000000.00");
        assertThat(issued.get("INVENTION")).isEqualByComparingTo("1000000.00");
        assertThat(issued.get("UTILITY_MODEL")).isEqualByComparingTo("500000.00");
    }

    @Test
    void valuationFiguresMatchSql() {
        Map<String, BigDecimal> figures = figures(summary(), "valuations");
        Map<String, Object> expected = jdbc.queryForMap("select count(*) as n, coalesce(sum(reconciled_value), 0) "
                + "as value from valuation_report where issued_on between '2025-01-01' and '2025-06-30'");

        assertThat(figures.get("dashboard.figure.valuationCount")).isEqualByComparingTo(number(expected.get("n")));
        assertThat(figures.get("dashboard.figure.valuationValue")).isEqualByComparingTo(number(expected.get("value")));
    }

    @Test
    void excelTotalsEqualTheApi() throws IOException {
        JsonNode summary = summary();
        byte[] file = as(government).getBytes("/api/v1/dashboard/export.xlsx?" + PERIOD + "&bankId=" + bank.getId());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Map<String, Double> overview = new HashMap<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    overview.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            for (JsonNode section : summary.get("sections")) {
                for (JsonNode figure : section.get("figures")) {
                    if (!figure.get("value").isNull()) {
                        assertThat(overview.get(figure.get("title").asString())).as(figure.get("key").asString())
                                .isEqualTo(figure.get("value").decimalValue().doubleValue());
                    }
                }
            }

            JsonNode bankTable = table(summary, "loans", "bank");
            Sheet sheet = workbook.getSheet(bankTable.get("title").asString());
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue())
                    .isEqualTo(bankTable.get("totals").get(1).decimalValue().doubleValue());
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(3_500_000.00);
            assertThat(total.getCell(4).getNumericCellValue())
                    .isEqualTo(bankTable.get("totals").get(3).decimalValue().doubleValue());
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1_600_000.00);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(bank.getName());
        }
    }

    @Test
    void monthlyPdfShowsTheMonthsFigures() throws IOException {
        BigDecimal marchIssued = jdbc.queryForObject("select sum(" + AMOUNT + ") from loan_application "
                + "where disbursed_on between '2025-03-01' and '2025-03-31'", BigDecimal.class);

        byte[] pdf = as(government).getBytes("/api/v1/dashboard/report.pdf?month=2025-03");

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("知识产权质押融资月度统计报告（2025-03）");
        assertThat(text).contains("发放金额（元）");
        assertThat(text).as("loan states in the report are today's, as on the dashboard").contains("贷款状态取当前状态");
        assertThat(text).contains(new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(marchIssued));
    }

    @Test
    void enterpriseAndBankAreDenied() {
        for (String username : List.of(verifiedMember("ENTERPRISE", "统计无权企业" + TestData.uniqueUsername("d"))
                .username(), verifiedMember("BANK", "统计无权银行" + TestData.uniqueUsername("d")).username())) {
            ApiClient client = as(username);
            assertThat(client.get("/api/v1/dashboard/summary?" + PERIOD).status()).as(username).isEqualTo(403);
            assertThat(client.get("/api/v1/dashboard/export.xlsx?" + PERIOD).status()).as(username).isEqualTo(403);
            assertThat(client.get("/api/v1/dashboard/report.pdf?month=2025-03").status()).as(username)
                    .isEqualTo(403);
        }
        assertThat(api().get("/api/v1/dashboard/summary?" + PERIOD).status()).isEqualTo(401);
    }

    @Test
    void operatorMaySeeTheDashboard() {
        assertThat(as(createOperator()).get("/api/v1/dashboard/summary?" + PERIOD + "&bankId=" + bank.getId())
                .status()).isEqualTo(200);
    }

    @Test
    void invalidPeriodNamesEveryField() {
        ApiClient.Response response = as(government).get("/api/v1/dashboard/summary?from=2025-02-30&to=soon");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw()).contains("\"from\"").contains("\"to\"").contains("2025-02-30");
    }

    @Test
    void publicStatisticsNameNoEnterpriseOrBank() throws Exception {
        JsonNode summary = api().get("/api/v1/statistics/summary?" + PERIOD).body();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/statistics?" + PERIOD)).header("Accept-Language", "zh-CN").GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(section(summary, "loans").get("tables")).extracting(table -> table.get("key").asString())
                .doesNotContain("bank").contains("district", "industry", "ip_type", "financing_model");
        assertThat(summary.toString()).doesNotContain(firstEnterprise.getName()).doesNotContain(bank.getName());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"table-district\"").contains("少于 3 笔的分组不单独显示");
        assertThat(page.body()).doesNotContain(firstEnterprise.getName()).doesNotContain(secondEnterprise.getName())
                .doesNotContain(bank.getName());
    }

    @Test
    void publicStatisticsWithholdSmallGroups() {
        DashboardFixture fixture = new DashboardFixture(jdbc, registrations, organizations, assets);
        String label = TestData.uniqueUsername("m");
        Organization lender = fixture.organization("BANK", "小组统计测试银行" + label, "140105", "J");
        for (int i = 0; i < 3; i++) {
            Organization enterprise = fixture.organization("ENTERPRISE", "小组统计大同" + i + "有限公司" + label,
                    "140200", "C");
            fixture.loan(enterprise, lender, "DISBURSED", "400000.00", "400000.00", "0.04",
                    LocalDate.of(2013, 2, 1), LocalDate.of(2013, 3, 1 + i), fixture.patent(enterprise, IpKind.INVENTION));
        }
        Organization alone = fixture.organization("ENTERPRISE", "小组统计长治有限公司" + label, "140400", "C");
        fixture.loan(alone, lender, "DEFAULTED", "612345.67", "612345.67", "0.04", LocalDate.of(2013, 4, 1),
                LocalDate.of(2013, 5, 1), fixture.patent(alone, IpKind.INVENTION));
        String period = "from=2013-01-01&to=2013-12-31&granularity=YEAR";

        JsonNode internal = as(government).get("/api/v1/dashboard/summary?" + period).body();
        JsonNode published = api().get("/api/v1/statistics/summary?" + period).body();

        assertThat(rowKeys(table(internal, "loans", "district"))).contains("140200", "140400");
        assertThat(figures(internal, "loans").get("dashboard.figure.defaultedAmount"))
                .isEqualByComparingTo("612345.67");
        JsonNode district = table(published, "loans", "district");
        assertThat(rowKeys(district)).doesNotContain("140400").contains("other");
        for (JsonNode row : district.get("rows")) {
            assertThat(row.get("values").get(0).asLong()).as(row.toString()).isNotIn(1L, 2L);
            assertThat(row.get("values").get(2).asLong()).as(row.toString()).isNotIn(1L, 2L);
        }
        assertThat(district.get("rows").valueStream().filter(row -> row.get("key").asString().equals("other"))
                .findFirst().orElseThrow().get("label").asString()).isEqualTo("其他");
        assertThat(figures(published, "loans")).containsEntry("dashboard.figure.defaultedAmount", null)
                .containsEntry("dashboard.figure.nplRatio", null);
        assertThat(figures(published, "loans").get("dashboard.figure.outstandingAmount"))
                .isEqualByComparingTo(figures(internal, "loans").get("dashboard.figure.outstandingAmount"));
        assertThat(published.toString()).doesNotContain("612345.67");
    }

    private static List<String> rowKeys(JsonNode table) {
        return table.get("rows").valueStream().map(row -> row.get("key").asString()).toList();
    }

    private JsonNode summary() {
        ApiClient.Response response = as(government).get("/api/v1/dashboard/summary?" + PERIOD + "&bankId="
                + bank.getId());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private ApiClient as(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
