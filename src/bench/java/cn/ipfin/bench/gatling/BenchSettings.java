package cn.ipfin.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Settings shared by the simulations, read from system properties: {@code bench.baseUrl} (only loopback is
 * accepted), {@code bench.jdbcUrl} of the generated database for the PostgreSQL baselines, and the password of
 * the generated accounts.
 */
final class BenchSettings {

    static final String PASSWORD = "Bench#2026";

    private BenchSettings() {
    }

    static String baseUrl() {
        String url = System.getProperty("bench.baseUrl", "http://localhost:8080");
        if (!url.startsWith("http://localhost:") && !url.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("The benchmarks run only against this machine, not " + url);
        }
        return url;
    }

    /**
     * Builds the request that issues a bearer token through {@code POST /api/v1/auth/token} and saves it as
     * {@code token} in the virtual user's session. The username may be a Gatling expression such as
     * {@code #{username}}.
     */
    static HttpRequestActionBuilder tokenRequest(String requestName, String username) {
        return http(requestName).post("/api/v1/auth/token").header("Content-Type", "application/json")
                .body(StringBody("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .check(status().is(200), jsonPath("$.accessToken").saveAs("token"));
    }

    static int intProperty(String name, int defaultValue) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
    }

    static Connection database() throws SQLException {
        String url = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:54339/postgres");
        return DriverManager.getConnection(url, System.getProperty("bench.jdbcUser", "postgres"),
                System.getProperty("bench.jdbcPassword", "postgres"));
    }

    /** Returns the 50th and 95th percentile of durations in milliseconds, as text. */
    static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d runs", rank(sorted, 50),
                rank(sorted, 95), sorted[sorted.length - 1], sorted.length);
    }

    private static double rank(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent * sorted.length / 100.0);
        return sorted[Math.max(rank, 1) - 1];
    }
}
