package cn.ipfin.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

/** Who may open the product pages: the public ones for anyone, the others only for the right role and owner. */
class ProductPageAccessTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void publicPagesOpenWithoutSignIn() throws Exception {
        HttpClient anonymous = browser();

        assertThat(get(anonymous, "/products").statusCode()).isEqualTo(200);
        assertThat(get(anonymous, "/financing-models").body()).contains("北京模式", "54 %");
        assertThat(get(anonymous, "/products/recommendations").statusCode()).isEqualTo(302);
        assertThat(get(anonymous, "/products/new").statusCode()).isEqualTo(302);
        assertThat(get(anonymous, "/loan-schedules").statusCode()).isEqualTo(302);
        assertThat(get(anonymous, "/products/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherBankCannotOpenTheEditPage() throws Exception {
        Member owner = verifiedMember("BANK", "页面所有权测试银行" + TestData.uniqueUsername(""));
        Member other = verifiedMember("BANK", "页面他行测试银行" + TestData.uniqueUsername(""));
        ApiClient ownerApi = api().signedInAs(owner.username(), TestData.PASSWORD);
        long draft = ownerApi.post("/api/v1/products", pledgeLoan("页面草稿贷")).body().get("id").asLong();
        long published = ownerApi.post("/api/v1/products", pledgeLoan("页面已发布贷")).body().get("id").asLong();
        ownerApi.post("/api/v1/products/" + published + "/publish?version=0", Map.of());

        HttpClient otherBank = signedIn(other.username());
        HttpClient ownerBank = signedIn(owner.username());

        assertThat(get(otherBank, "/products/" + draft + "/edit").statusCode()).isEqualTo(404);
        assertThat(get(otherBank, "/products/" + draft).statusCode()).isEqualTo(404);
        assertThat(get(otherBank, "/products/" + published + "/edit").statusCode()).isEqualTo(403);
        assertThat(get(ownerBank, "/products/" + draft + "/edit").body()).contains("页面草稿贷");
        assertThat(get(ownerBank, "/products/mine").body()).contains("页面草稿贷", "页面已发布贷");
        assertThat(get(otherBank, "/products/recommendations").statusCode()).isEqualTo(403);
    }

    @Test
    void enterpriseSeesRecommendationFormButNotProductManagement() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面推荐测试有限公司" + TestData.uniqueUsername(""));
        HttpClient client = signedIn(enterprise.username());

        assertThat(get(client, "/products/recommendations").statusCode()).isEqualTo(200);
        assertThat(get(client, "/products/new").statusCode()).isEqualTo(403);
        assertThat(get(client, "/loan-schedules?principal=&annualRatePercent=abc&termMonths=12&method=BULLET"
                + "&startDate=2026-01-10").body()).contains("请填写贷款本金", "请填写年利率（%）");
    }

    private static Map<String, Object> pledgeLoan(String name) {
        return Map.of("type", "IP_PLEDGE_LOAN", "name", name, "minAmount", "1000000", "maxAmount", "5000000",
                "minTermMonths", 12, "maxTermMonths", 36, "minSpreadBp", 50, "maxSpreadBp", 150,
                "eligibleIpKinds", java.util.List.of("INVENTION"), "repaymentMethods", java.util.List.of("BULLET"));
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = browser();
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

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
