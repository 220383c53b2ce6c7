package cn.ipfin.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A multipart body with one file of a given size whose bytes are generated while the body is sent, so that an
 * upload of tens of megabytes needs no array of that size. Optional text fields come before the file.
 */
public final class GeneratedUpload {

    private final String boundary = "----ipfin" + UUID.randomUUID();
    private final byte[] head;
    private final byte[] tail;
    private final long fileSize;

    public GeneratedUpload(String fileName, long fileSize, String... textFields) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i + 1 < textFields.length; i += 2) {
            fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(textFields[i]).append("\"\r\n\r\n").append(textFields[i + 1]).append("\r\n");
        }
        fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        this.head = fields.toString().getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        this.fileSize = fileSize;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Returns a publisher that sends the body with its exact Content-Length. */
    public HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(this::stream),
                head.length + fileSize + tail.length);
    }

    private InputStream stream() {
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                new RepeatedByteStream(fileSize), new ByteArrayInputStream(tail))));
    }

    /** A stream of {@code length} copies of the letter x. */
    private static final class RepeatedByteStream extends InputStream {

        private long remaining;

        RepeatedByteStream(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'x');
            remaining -= count;
            return count;
        }
    }
}
