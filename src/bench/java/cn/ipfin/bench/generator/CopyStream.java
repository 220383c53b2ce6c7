package cn.ipfin.bench.generator;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes rows to one table through PostgreSQL's {@code COPY ... FROM STDIN} in text format, sending the rows in
 * chunks of about one megabyte.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK_BYTES = 1 << 20;

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK_BYTES + 64 * 1024);
    private final StringBuilder row = new StringBuilder(1024);
    private long rows;

    CopyStream(CopyManager copyManager, String table, String columns) throws SQLException {
        this.copy = copyManager.copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    /** Adds one row; {@code null} becomes SQL NULL, other values their text form. */
    void row(Object... values) throws SQLException {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append('\t');
            }
            append(values[i]);
        }
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= CHUNK_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void append(Object value) {
        if (value == null) {
            row.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            row.append(decimal.toPlainString());
        } else if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Number
                || value instanceof Boolean) {
            row.append(value);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(c);
                }
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
