package cn.ipfin.ipasset.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reader for patent lists (专利清单) exported by patent databases as XLSX or CSV files.
 *
 * <p>The format comes from the content: a ZIP file ({@code PK\3\4}) must open as an XLSX workbook, whose
 * first sheet is read, and anything else is read as CSV. The first row that names the application number
 * or the title column (within the first {@value PatentListCollector#HEADER_SEARCH_ROWS} non-blank rows) is
 * the header. Both columns are required. Each data row becomes a {@link PatentRecord} or is rejected with
 * {@link RowError}s while the other rows continue. Blank rows are skipped. When an application number
 * occurs twice, the later row wins and the earlier one is listed in
 * {@link PatentListReadResult#duplicates()}.
 *
 * <p>The reader keeps no state between calls, so one instance may read several files at once.
 */
public final class PatentListReader {

    private static final Logger log = LoggerFactory.getLogger(PatentListReader.class);

    /** Reads a patent list with the known header names only. */
    public PatentListReadResult read(InputStream content, String fileName) throws IOException {
        return read(content, fileName, Map.of());
    }

    /**
     * Reads a patent list, mapping the headers in {@code headerOverrides} to the given fields before the
     * known header names are tried. The whole content is read into memory, so the caller limits the size.
     *
     * @throws IOException if reading {@code content} or the temporary copy of a workbook fails; problems in
     *                     the content itself are reported in {@link PatentListReadResult#fileError()}
     */
    public PatentListReadResult read(InputStream content, String fileName, Map<String, PatentField> headerOverrides)
            throws IOException {
        return read(content.readAllBytes(), fileName, headerOverrides);
    }

    /** Reads a patent list from bytes, as {@link #read(InputStream, String, Map)} does. */
    public PatentListReadResult read(byte[] content, String fileName, Map<String, PatentField> headerOverrides)
            throws IOException {
        SourceFormat format = detectFormat(content);
        PatentListCollector collector = new PatentListCollector(new HeaderMatcher(headerOverrides),
                format == SourceFormat.CSV, fileName);
        String encoding = null;
        FileError error = null;
        try {
            if (content.length == 0) {
                throw new PatentListFormatException(ImportProblem.FILE_EMPTY, fileName);
            } else if (format == null) {
                throw new PatentListFormatException(ImportProblem.FILE_LEGACY_EXCEL, fileName);
            } else if (format == SourceFormat.XLSX) {
                readWorkbook(content, fileName, collector);
            } else {
                encoding = CsvTableReader.read(content, collector);
            }
        } catch (PatentListFormatException e) {
            if (e.getCause() != null) {
                log.info("Could not parse patent list {} as {}", fileName, format, e.getCause());
            }
            error = e.error();
        }
        PatentListReadResult result = collector.result(format, encoding, error);
        logSummary(result);
        return result;
    }

    /** Returns XLSX for ZIP content, null for OLE2 content (legacy .xls or encrypted workbooks), else CSV. */
    static SourceFormat detectFormat(byte[] content) {
        if (Bytes.startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return SourceFormat.XLSX;
        }
        if (Bytes.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return null;
        }
        return SourceFormat.CSV;
    }

    /** Copies the workbook to a temporary file, because POI reads a file part by part but a stream whole. */
    private static void readWorkbook(byte[] content, String fileName, PatentListCollector collector)
            throws IOException, PatentListFormatException {
        Path file = Files.createTempFile("patent-list-", ".xlsx");
        try {
            Files.write(file, content);
            XlsxTableReader.read(file, fileName, collector);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void logSummary(PatentListReadResult result) {
        if (result.failed()) {
            log.debug("Rejected patent list {}: {} {}", result.fileName(), result.fileError().messageKey(),
                    result.fileError().arguments());
        } else {
            log.debug("Read patent list {} ({}): {} data rows, {} records, {} rejected rows, {} duplicates",
                    result.fileName(), result.format(), result.totalDataRows(), result.records().size(),
                    result.rejectedRowCount(), result.duplicates().size());
        }
    }
}
