package cn.ipfin.bench.generator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.postgresql.copy.CopyManager;

/**
 * Writes rows to one table through PostgreSQL's {@code COPY ... FROM STDIN} in text format. One connection
 * carries one {@code COPY} at a time, and the generator fills several tables in one pass, so the rows go to a
 * temporary file first and the file is copied in on {@link #close()}.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK_BYTES = 1 << 20;

    private final CopyManager copyManager;
    private final String sql;
    private final Path file;
    private final OutputStream buffer;
    private final StringBuilder row = new StringBuilder(1024);
    private long rows;

    CopyStream(CopyManager copyManager, String table, String columns) throws SQLException {
        this.copyManager = copyManager;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
        try {
            this.file = Files.createTempFile("ipfin-bench-" + table, ".copy");
            this.buffer = new BufferedOutputStream(Files.newOutputStream(file), CHUNK_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
            buffer.write(row.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
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

    @Override
    public void close() throws SQLException {
        try {
            buffer.close();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK_BYTES)) {
                copyManager.copyIn(sql, in, CHUNK_BYTES);
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
