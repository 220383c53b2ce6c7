package cn.ipfin.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import org.junit.jupiter.api.Test;

/** Browsers ask for {@code /favicon.ico} on their own and follow the icon link in the page head. */
class FaviconTest extends IntegrationTest {

    @Test
    void faviconIsPublic() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<byte[]> ico = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/img/favicon.svg")).build(), HttpResponse.BodyHandlers.ofString());
        String home = PageClient.anonymous(port).get("/").body();

        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.body()).startsWith(new byte[] {0, 0, 1, 0});
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(home).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\">");
    }
}
