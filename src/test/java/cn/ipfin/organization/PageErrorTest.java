package cn.ipfin.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.ipfin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PageErrorTest extends IntegrationTest {

    @Test
    void missingMemberPageIsNotFound() throws Exception {
        HttpResponse<String> response = get("/members/987654321");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("未找到编号为 987654321 的认证机构");
    }

    @Test
    void missingAssetPageIsNotFound() throws Exception {
        HttpResponse<String> response = get("/ip-assets/987654321");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("您访问的页面不存在");
    }

    @Test
    void languageSwitchKeepsTheQuery() throws Exception {
        HttpResponse<String> response = get("/ip-assets?q=%E7%85%A4%E7%9F%BF");

        assertThat(response.body()).contains("/ip-assets?q=%E7%85%A4%E7%9F%BF&amp;lang=en");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "zh-CN").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
