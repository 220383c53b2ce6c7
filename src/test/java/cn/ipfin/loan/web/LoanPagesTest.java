package cn.ipfin.loan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.Role;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductTerms;
import cn.ipfin.product.ProductType;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The product range on the preparation form, the document links on the application page and the workbench page,
 * through signed-in browser sessions.
 */
class LoanPagesTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static int serial = (int) (System.nanoTime() % 1_000_000);

    @Autowired
    private IpAssetService assets;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProductService products;

    @Test
    void approvedApplicationPageLinksDocuments() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面文件测试有限公司");
        Member bank = verifiedMember("BANK", "页面文件测试银行");
        long id = approvedApplication(enterprise, bank);
        HttpClient applicant = signedIn(enterprise.username());
        HttpClient otherBank = signedIn(verifiedMember("BANK", "页面文件测试他行").username());

        String page = get(applicant, "/loans/" + id).body();
        HttpResponse<byte[]> contract = applicant.send(request("/loans/" + id + "/documents/pledge-contract"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page).contains("/loans/" + id + "/documents/pledge-contract",
                "/loans/" + id + "/documents/registration-form");
        assertThat(page).doesNotContain("/documents/release");
        assertThat(contract.statusCode()).isEqualTo(200);
        assertThat(textOf(contract.body())).contains("专利权质押合同", "页面文件测试有限公司", "页面文件测试银行");
        assertThat(get(otherBank, "/loans/" + id + "/documents/pledge-contract").statusCode()).isEqualTo(404);
        assertThat(get(applicant, "/loans/" + id + "/documents/release").statusCode()).isEqualTo(409);
        // NOTE: no workflow step reaches SETTLED yet, so the page link to the release document is untested here;
        // LoanDocumentPdfTest renders the release from hand-written content.
    }

    @Test
    void workbenchPageHighlightsOverdueAndHidesOtherBanks() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面工作台测试有限公司");
        Member bank = verifiedMember("BANK", "页面工作台测试银行");
        Member otherBank = verifiedMember("BANK", "页面工作台测试他行");
        long late = submitted(enterprise, bank);
        long other = submitted(enterprise, otherBank);
        LocalDate submittedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30);
        jdbc.update("update loan_application set submitted_on = ?, review_due_on = ? where id = ?", submittedOn,
                submittedOn.plusDays(7), late);
        HttpClient bankSession = signedIn(bank.username());

        String page = get(bankSession, "/loans/workbench").body();
        String row = page.substring(page.indexOf("data-application=\"" + late + "\""));

        assertThat(page).contains("贷款审批工作台", "页面工作台测试有限公司", "1 笔已超过首次审查时限");
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("已超时", submittedOn.toString());
        assertThat(page).doesNotContain("data-application=\"" + other + "\"");
        assertThat(get(bankSession, "/workbench").body()).contains("/loans/workbench");
        assertThat(get(bankSession, "/loans").body()).contains("/loans/workbench");
        assertThat(get(signedIn(enterprise.username()), "/loans/workbench").statusCode()).isEqualTo(403);
    }

    @Test
    void preparationShowsProductRangeAndRejectsRateOutside() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面利率测试有限公司");
        Member bank = verifiedMember("BANK", "页面利率测试银行");
        Long product = publishedProduct(bank);
        long id = submitted(enterprise, bank, product);
        ApiClient maker = api().signedInAs(bank.username(), TestData.PASSWORD);
        String base = "/api/v1/loan-applications/" + id;
        long version = maker.get(base).body().get("version").asLong();
        JsonNode valued = maker.post(base + "/valuation", Map.of("version", version, "conservativeValue", 4000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-2026-9002")).body();
        HttpClient bankSession = signedIn(bank.username());

        String page = get(bankSession, "/loans/" + id).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        String form = "version=" + valued.get("version").asLong() + "&approvedAmount=800000&approvedRate=0.2&_csrf="
                + encode(token.group(1));
        HttpResponse<String> posted = bankSession.send(HttpRequest.newBuilder(uri("/loans/" + id + "/preparation"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String afterward = get(bankSession, "/loans/" + id).body();

        assertThat(page).contains("data-testid=\"loan-product-limits\"", "页面利率测试银行知识产权贷",
                "500000.00 至 1000000.00 元", "12 至 36 个月");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(afterward).contains("批准年利率 20%", "页面利率测试银行知识产权贷");
        assertThat(afterward).contains("data-testid=\"loan-state\">已评估");
    }

    @Test
    void pageStepNamesNewState() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面步骤提示测试有限公司");
        Member bank = verifiedMember("BANK", "页面步骤提示测试银行");
        long id = submitted(enterprise, bank, publishedProduct(bank));
        long version = api().signedInAs(bank.username(), TestData.PASSWORD).get("/api/v1/loan-applications/" + id)
                .body().get("version").asLong();
        HttpClient bankSession = signedIn(bank.username());

        Matcher token = CSRF.matcher(get(bankSession, "/loans/" + id).body());
        assertThat(token.find()).isTrue();
        String form = "version=" + version + "&conservativeValue=4000000&pledgeRateCap=0.5&reference=SJPG-2026-9003"
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> posted = bankSession.send(HttpRequest.newBuilder(uri("/loans/" + id + "/valuation"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String afterward = get(bankSession, "/loans/" + id).body();

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(afterward).contains("已保存，贷款申请当前状态：已评估。");
        assertThat(afterward).doesNotContain("操作已完成");
    }

    private Long publishedProduct(Member bank) {
        ProductTerms terms = new ProductTerms(ProductType.IP_PLEDGE_LOAN, bank.organizationName() + "知识产权贷",
                "以有效发明专利质押", new BigDecimal("500000"), new BigDecimal("1000000"), 12, 36, 50, 150,
                new BigDecimal("0.01"), new BigDecimal("5000"), Set.of(IpKind.INVENTION),
                Map.of(IpKind.INVENTION, new BigDecimal("0.5")), null, null, Set.of(), Set.of(), null,
                Set.of(RepaymentMethod.EQUAL_INSTALLMENT));
        FinancialProduct product = products.create(bank.organizationId(), terms);
        return products.publish(product.getId(), product.getVersion(), bank.organizationId()).getId();
    }

    private long submitted(Member enterprise, Member bank) {
        return submitted(enterprise, bank, null);
    }

    private long submitted(Member enterprise, Member bank, Long productId) {
        Map<String, Object> body = new HashMap<>();
        body.put("lenderOrganizationId", bank.organizationId());
        body.put("productId", productId);
        body.put("amount", "1000000.00");
        body.put("termMonths", 12);
        body.put("annualRate", 0.045);
        body.put("method", "EQUAL_INSTALLMENT");
        body.put("purpose", "研发设备采购");
        body.put("assetIds", List.of(grantedPatentOf(enterprise).getId()));
        ApiClient.Response response = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .post("/api/v1/loan-applications", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asLong();
    }

    private long approvedApplication(Member enterprise, Member bank) {
        long id = submitted(enterprise, bank);
        ApiClient maker = api().signedInAs(bank.username(), TestData.PASSWORD);
        ApiClient checker = api().signedInAs(addColleague(bank, Role.BANK), TestData.PASSWORD);
        String base = "/api/v1/loan-applications/" + id;
        long version = maker.get(base).body().get("version").asLong();
        JsonNode valued = maker.post(base + "/valuation", Map.of("version", version, "conservativeValue", 4000000,
                "pledgeRateCap", 0.5, "reference", "SJPG-2026-9001")).body();
        JsonNode prepared = maker.post(base + "/preparation", Map.of("version", valued.get("version").asLong(),
                "approvedAmount", 1000000, "approvedRate", 0.045)).body();
        JsonNode approved = checker.post(base + "/approval", Map.of("version", prepared.get("version").asLong()))
                .body();
        assertThat(approved.get("state").asString()).as(approved.toString()).isEqualTo("APPROVED");
        return id;
    }

    private IpAsset grantedPatentOf(Member owner) {
        String digits = String.format("2020%d%07d", 1, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种页面测试用的装置", null, null,
                List.of(owner.organizationName()), List.of(), null, LocalDate.of(2022, 3, 4), null,
                LocalDate.of(2024, 1, 10), List.of(), null, 10, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get(client, "/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
                + encode(token.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/workbench");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
