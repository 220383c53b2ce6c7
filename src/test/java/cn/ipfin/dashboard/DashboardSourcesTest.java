package cn.ipfin.dashboard;

import static cn.ipfin.dashboard.DashboardSummaries.figures;
import static cn.ipfin.dashboard.DashboardSummaries.number;
import static cn.ipfin.dashboard.DashboardSummaries.section;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import cn.ipfin.dashboard.web.FigureFormat;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard sections of the subsidy, recovery and market modules: subsidies paid, risk-pool use and trading
 * volume over 2003, a year no other test writes to. Each figure is checked as the change a known set of rows
 * makes and against SQL over the same period, and the Excel export and the dashboard page against the API.
 */
class DashboardSourcesTest extends IntegrationTest {

    private static final String PERIOD = "from=2003-01-01&to=2003-12-31&granularity=QUARTER";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IpAssetService assets;

    private Organization bank;
    private Organization enterprise;
    private String government;

    @BeforeEach
    void parties() {
        DashboardFixture fixture = new DashboardFixture(jdbc, registrations, organizations, assets);
        String label = TestData.uniqueUsername("src");
        bank = fixture.organization("BANK", "来源统计测试银行" + label, "140105", "J");
        enterprise = fixture.organization("ENTERPRISE", "来源统计测试有限公司" + label, "140105", "C");
        government = verifiedMember("GOVERNMENT", "来源统计测试财政局" + label).username();
    }

    @Test
    void subsidiesCountPaidClaimsInPeriod() {
        Map<String, BigDecimal> before = figures(summary("&bankId=" + bank.getId()), "subsidies");

        claim("PAID", LocalDate.of(2003, 3, 10), "12345.67");
        claim("PAID", LocalDate.of(2003, 11, 30), "1000.00");
        claim("PAID", LocalDate.of(2004, 1, 2), "500.00");
        claim("APPROVED", null, "700.00");
        Map<String, BigDecimal> after = figures(summary("&bankId=" + bank.getId()), "subsidies");
        Map<String, Object> sql = jdbc.queryForMap("""
                select count(*) as n, sum(amount) as amount from subsidy_claim
                where state = 'PAID' and paid_on between '2003-01-01' and '2003-12-31' and lender_org_id = ?
                """, bank.getId());

        assertThat(before.get("dashboard.figure.subsidyPaidCount")).isZero();
        assertThat(after.get("dashboard.figure.subsidyPaidCount")).isEqualByComparingTo("2");
        assertThat(after.get("dashboard.figure.subsidyPaidAmount")).isEqualByComparingTo("13345.67");
        assertThat(after.get("dashboard.figure.subsidyEnterprises")).isEqualByComparingTo("1");
        assertThat(after.get("dashboard.figure.subsidyPaidCount")).isEqualByComparingTo(number(sql.get("n")));
        assertThat(after.get("dashboard.figure.subsidyPaidAmount")).isEqualByComparingTo(number(sql.get("amount")));
    }

    @Test
    void publicPoolWithholdsBalanceOfOnePayout() {
        poolEntry("CONTRIBUTION", LocalDate.of(1998, 2, 1), "300000.00");
        poolEntry("PAYOUT", LocalDate.of(1998, 6, 1), "45678.91");
        String period = "from=1998-01-01&to=1998-12-31&granularity=YEAR";

        ApiClient.Response internal = as(government).get("/api/v1/dashboard/summary?" + period);
        ApiClient.Response published = api().get("/api/v1/statistics/summary?" + period);

        assertThat(figures(internal.body(), "riskPool").get("dashboard.figure.poolBalance"))
                .isEqualByComparingTo("254321.09");
        assertThat(figures(published.body(), "riskPool")).containsEntry("dashboard.figure.poolBalance", null)
                .containsEntry("dashboard.figure.poolPayouts", null);
        assertThat(published.raw()).doesNotContain("45678.91").doesNotContain("254321.09");
    }

    @Test
    void riskPoolShowsPeriodFlowsAndClosingBalance() {
        Map<String, BigDecimal> before = figures(summary(""), "riskPool");

        poolEntry("CONTRIBUTION", LocalDate.of(2003, 2, 1), "500000.00");
        poolEntry("PAYOUT", LocalDate.of(2003, 6, 1), "120000.00");
        poolEntry("CONTRIBUTION", LocalDate.of(2004, 2, 1), "90000.00");
        Map<String, BigDecimal> after = figures(summary(""), "riskPool");
        BigDecimal balance = jdbc.queryForObject("""
                select coalesce(sum(case when kind = 'CONTRIBUTION' then amount else -amount end), 0)
                from risk_pool_entry where entry_date <= '2003-12-31'
                """, BigDecimal.class);

        assertThat(delta(before, after, "dashboard.figure.poolContributions")).isEqualByComparingTo("500000.00");
        assertThat(delta(before, after, "dashboard.figure.poolPayouts")).isEqualByComparingTo("120000.00");
        assertThat(delta(before, after, "dashboard.figure.poolPayoutCount")).isEqualByComparingTo("1");
        assertThat(delta(before, after, "dashboard.figure.poolBalance")).isEqualByComparingTo("380000.00");
        assertThat(after.get("dashboard.figure.poolBalance")).isEqualByComparingTo(balance);
    }

    @Test
    void marketVolumeCountsDealsByChinaStandardDay() {
        Map<String, BigDecimal> before = figures(summary(""), "market");

        Long listing = listing();
        deal(listing, Instant.parse("2003-04-01T02:00:00Z"), "300000.00", null);
        deal(listing, Instant.parse("2003-08-15T02:00:00Z"), "450000.00", "420000.00");
        // 2003-12-31 20:00 UTC is already 2004-01-01 in China Standard Time.
        deal(listing, Instant.parse("2003-12-31T20:00:00Z"), "999999.00", null);
        Map<String, BigDecimal> after = figures(summary(""), "market");
        Map<String, Object> sql = jdbc.queryForMap("""
                select count(*) as n, coalesce(sum(coalesce(contract_price, price)), 0) as amount from market_deal
                where cast(created_at at time zone 'Asia/Shanghai' as date) between '2003-01-01' and '2003-12-31'
                """);

        assertThat(delta(before, after, "dashboard.figure.dealCount")).isEqualByComparingTo("2");
        assertThat(delta(before, after, "dashboard.figure.dealAmount")).isEqualByComparingTo("720000.00");
        assertThat(after.get("dashboard.figure.dealCount")).isEqualByComparingTo(number(sql.get("n")));
        assertThat(after.get("dashboard.figure.dealAmount")).isEqualByComparingTo(number(sql.get("amount")));
    }

    @Test
    void excelAndPageShowTheApiFigures() throws IOException, InterruptedException {
        claim("PAID", LocalDate.of(2003, 5, 5), "2468.10");
        poolEntry("CONTRIBUTION", LocalDate.of(2003, 5, 5), "100000.00");
        JsonNode summary = summary("&bankId=" + bank.getId());

        byte[] file = as(government).getBytes("/api/v1/dashboard/export.xlsx?" + PERIOD + "&bankId=" + bank.getId());
        HttpResponse<String> page = PageClient.signedIn(port, government).get("/dashboard?" + PERIOD + "&bankId="
                + bank.getId());

        Map<String, Double> overview = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    overview.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
        }
        assertThat(page.statusCode()).isEqualTo(200);
        FigureFormat format = new FigureFormat();
        for (String key : new String[] {"subsidies", "riskPool", "market"}) {
            for (JsonNode figure : section(summary, key).get("figures")) {
                BigDecimal value = figure.get("value").decimalValue();
                String title = figure.get("title").asString();
                assertThat(overview.get(title)).as(title).isEqualTo(value.doubleValue());
                String displayed = format.text(FigureUnit.valueOf(figure.get("unit").asString()), value);
                assertThat(page.body()).as(title).containsPattern("data-figure=\"" + figure.get("key").asString()
                        + "\"[^>]*>" + Pattern.quote(displayed) + "<");
            }
        }
        assertThat(figures(summary, "subsidies").get("dashboard.figure.subsidyPaidAmount"))
                .isEqualByComparingTo("2468.10");
    }

    @Test
    void newSectionsAreHiddenFromBanks() {
        ApiClient bankUser = as(verifiedMember("BANK", "来源统计无权银行" + TestData.uniqueUsername("d")).username());

        assertThat(bankUser.get("/api/v1/dashboard/summary?" + PERIOD).status()).isEqualTo(403);
    }

    private void claim(String state, LocalDate paidOn, String amount) {
        Map<String, Object> policy = jdbc.queryForMap(
                "select id, code from subsidy_policy where code = 'shanxi' order by version_number limit 1");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into subsidy_claim (loan_id, enterprise_org_id, lender_org_id, policy_id, policy_code,
                    period_from, period_to, loan_amount, loan_rate, lpr, interest_paid, amount, state, paid_on,
                    submitted_at, created_by, updated_at)
                values (-1, ?, ?, ?, ?, '2002-01-01', '2002-12-31', 1000000.00, 0.045, 0.0345, 45000.00, ?, ?, ?, ?,
                    'test', ?)
                """, enterprise.getId(), bank.getId(), policy.get("id"), policy.get("code"), new BigDecimal(amount),
                state, paidOn == null ? null : Date.valueOf(paidOn), now, now);
    }

    private void poolEntry(String kind, LocalDate on, String amount) {
        jdbc.update("""
                insert into risk_pool_entry (kind, amount, entry_date, reference, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'test', ?)
                """, kind, new BigDecimal(amount), Date.valueOf(on), "统计测试-" + System.nanoTime(),
                Timestamp.from(Instant.now()));
    }

    private Long listing() {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into market_listing (asset_id, asset_number, asset_title, ip_kind, lister_org_id,
                    listing_type, price_mode, asking_price, description, status, created_by, created_at, updated_at)
                values (-1, 'TEST-2003', '统计测试挂牌', 'INVENTION', ?, 'TRANSFER', 'FIXED', 300000.00, '统计测试',
                    'SOLD', 'test', ?, ?)
                returning id
                """, Long.class, enterprise.getId(), now, now);
    }

    private void deal(Long listing, Instant agreedAt, String price, String contractPrice) {
        Timestamp at = Timestamp.from(agreedAt);
        jdbc.update("""
                insert into market_deal (listing_id, seller_org_id, buyer_org_id, price, state, contract_price,
                    created_at, updated_at, deposit_applied, balance_due)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                """, listing, enterprise.getId(), bank.getId(), new BigDecimal(price),
                contractPrice == null ? "AGREED" : "CONTRACTED",
                contractPrice == null ? null : new BigDecimal(contractPrice), at, at,
                new BigDecimal(price));
    }

    private JsonNode summary(String filter) {
        ApiClient.Response response = as(government).get("/api/v1/dashboard/summary?" + PERIOD + filter);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private ApiClient as(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }

    private static BigDecimal delta(Map<String, BigDecimal> before, Map<String, BigDecimal> after, String key) {
        return after.get(key).subtract(before.get(key));
    }
}
