package cn.ipfin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

class AuthenticationTest extends IntegrationTest {

    @Test
    void issuedTokenAuthenticatesApiCalls() {
        Member bank = verifiedMember("BANK", "令牌测试银行");

        Response token = api().post("/api/v1/auth/token", Map.of("username", bank.username(),
                "password", TestData.PASSWORD));

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.body().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(token.body().get("expiresIn").asLong()).isEqualTo(3600);
        String value = token.body().get("accessToken").asString();
        assertThat(api().withToken(value).get("/api/v1/operator/organizations/pending").status()).isEqualTo(403);
        assertThat(api().get("/api/v1/operator/organizations/pending").status()).isEqualTo(401);
    }

    @Test
    void revokedAndUnknownTokensAreRejected() {
        Member enterprise = verifiedMember("ENTERPRISE", "吊销令牌测试有限公司");
        var client = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        Map<String, Object> asset = Map.of("kind", "INVENTION", "number", "201710601862.3");

        assertThat(client.delete("/api/v1/auth/token").status()).isEqualTo(204);
        Response afterRevoke = client.post("/api/v1/ip-assets", asset);
        Response unknown = api().withToken("not-a-token").post("/api/v1/ip-assets", asset);

        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("code").asString()).isEqualTo("authentication.required");
        assertThat(unknown.body().get("detail").asString()).contains("登录");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Member bank = verifiedMember("BANK", "错误密码测试银行");

        Response response = api().post("/api/v1/auth/token", Map.of("username", bank.username(),
                "password", "Wrong2026"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("code").asString()).isEqualTo("authentication.failed");
    }

    @Test
    void fiveFailuresLockTheAccount() {
        Member insurer = verifiedMember("INSURER", "锁定测试保险公司");
        Map<String, Object> wrong = Map.of("username", insurer.username(), "password", "Wrong2026");

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api().post("/api/v1/auth/token", wrong).status()).isEqualTo(401);
        }
        Response locked = api().post("/api/v1/auth/token", Map.of("username", insurer.username(),
                "password", TestData.PASSWORD));

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body().get("code").asString()).isEqualTo("authentication.locked");
        assertThat(locked.body().get("detail").asString()).contains("15 分钟");
    }

    @Test
    void missingCredentialsAreBadRequest() {
        Response response = api().post("/api/v1/auth/token", Map.of("username", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors")).hasSize(2);
    }

    @Test
    void pageFormWithoutCsrfTokenIsForbidden() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=ENTERPRISE&name=x")).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void protectedPageRedirectsToSignIn() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/workbench")).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
