package cn.ipfin.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import org.junit.jupiter.api.Test;

/** The style sheets and scripts a page links to are served, and page links are left as written. */
class StaticResourcesTest extends IntegrationTest {

    private static final Pattern ASSET_LINK = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

    @Test
    void linkedAssetsAreServed() throws Exception {
        PageClient client = PageClient.anonymous(port);
        String home = client.get("/").body();

        List<String> assets = new ArrayList<>();
        Matcher link = ASSET_LINK.matcher(home);
        while (link.find()) {
            assets.add(link.group(1));
        }

        assertThat(assets).anyMatch(path -> path.startsWith("/webjars/bootstrap/"));
        assertThat(assets).contains("/css/ipfin.css", "/js/ipfin.js");
        for (String asset : assets) {
            HttpResponse<String> response = client.get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void versionlessWebJarPathIsServed() throws Exception {
        HttpResponse<String> response = PageClient.anonymous(port).get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("htmx");
    }

    @Test
    void pageLinksAreNotRewritten() throws Exception {
        String home = PageClient.anonymous(port).get("/").body();

        assertThat(home).contains("href=\"/members\"");
    }
}
