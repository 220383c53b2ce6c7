package cn.ipfin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client for page tests that does not follow redirects, signed in through the login form. */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    private PageClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static PageClient anonymous(int port) {
        return new PageClient("http://localhost:" + port);
    }

    public static PageClient signedIn(int port, String username) throws IOException, InterruptedException {
        PageClient client = anonymous(port);
        HttpResponse<String> response = client.postForm("/login", "username=" + encode(username) + "&password="
                + encode(TestData.PASSWORD));
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/workbench");
        return client;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "zh-CN").GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form with the CSRF token of the login page, which is the session's token. */
    public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a generated multipart upload whose first field is the session's CSRF token, accepting HTML as a browser does. */
    public HttpResponse<String> postUpload(String path, String fileName, long fileSize)
            throws IOException, InterruptedException {
        return postUpload(path, fileName, fileSize, null);
    }

    /**
     * Posts a generated multipart upload as {@link #postUpload(String, String, long)} does, with the given
     * {@code Referer} header (an absolute URL, sent as is) unless it is null.
     */
    public HttpResponse<String> postUpload(String path, String fileName, long fileSize, String referer)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        GeneratedUpload upload = new GeneratedUpload(fileName, fileSize, "_csrf", token.group(1));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", upload.contentType()).header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "zh-CN");
        if (referer != null) {
            request.header("Referer", referer);
        }
        return http.send(request.POST(upload.publisher()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Returns the absolute URL of a path on the server under test, as a browser sends it in a {@code Referer}. */
    public String url(String path) {
        return baseUrl + path;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
