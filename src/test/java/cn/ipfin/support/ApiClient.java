package cn.ipfin.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests against the running application on localhost. */
public class ApiClient {

    /** A response with its status and the body parsed as JSON (a missing node when the body is empty). */
    public record Response(int status, JsonNode body, String raw) {
    }

    private final String baseUrl;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private String language = "zh-CN";

    ApiClient(String baseUrl, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.json = json;
    }

    public ApiClient withToken(String token) {
        this.token = token;
        return this;
    }

    public ApiClient inLanguage(String language) {
        this.language = language;
        return this;
    }

    /** Signs in through the token endpoint and uses the token from then on. */
    public ApiClient signedInAs(String username, String password) {
        Response response = post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed with " + response.raw());
        }
        return withToken(response.body().get("accessToken").asString());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Uploads one file as the multipart field {@code file}. */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----ipfin" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a generated multipart upload without holding its file in memory. */
    public Response upload(String path, GeneratedUpload upload) {
        return send(request(path).header("Content-Type", upload.contentType()).POST(upload.publisher()));
    }

    /** Uploads a file with the JSON column mapping as the multipart field {@code mapping}. */
    public Response uploadWithMapping(String path, String fileName, byte[] content, String mapping) {
        String boundary = "----ipfin" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Returns the raw bytes of a successful GET, such as an Excel report. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Request interrupted", e);
        }
    }

    /** Returns the raw bytes of a successful JSON POST, such as an Excel export. */
    public byte[] postForBytes(String path, Object body) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Request interrupted", e);
        }
    }

    /**
     * Polls an import job every 200 ms until it has finished and, when it succeeded, until the search index has
     * its rows, for at most two minutes.
     */
    public JsonNode pollUntilFinished(String jobId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Response job = get("/api/v1/import-jobs/" + jobId);
            if (job.status() != 200) {
                throw new IllegalStateException("Reading job " + jobId + " failed: " + job.raw());
            }
            boolean running = job.body().get("status").asString().equals("RUNNING");
            boolean indexing = "PENDING".equals(job.body().path("searchIndex").asString());
            if (!running && !indexing) {
                return job.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for job " + jobId, e);
            }
        }
        throw new IllegalStateException("Import job " + jobId + " did not finish within two minutes");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            JsonNode body = raw == null || raw.isBlank() || !raw.trim().startsWith("{") && !raw.trim().startsWith("[")
                    ? json.missingNode() : json.readTree(raw);
            return new Response(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Request interrupted", e);
        }
    }
}
