package cn.ipfin.ipasset.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reader for legal-status feeds (法律状态公告) as CSV or XLSX: one event per row with the application number,
 * the event date and the event text. The first non-blank row is the header; its columns are found by name
 * (申请号, a header containing 日期 or 公告日, a header containing 法律状态 or 事件, or the English words
 * application number, date and event). Encoding, byte order mark and cell clean-up are those of the patent
 * list reader.
 */
public final class LegalStatusFeedReader {

    /**
     * One data row as written; the caller validates the number and recognises the text.
     *
     * @param eventDate      the parsed date, or null when the cell is blank or contains no valid date
     * @param dateOutOfRange whether the date cell has a date form but names no real day, as {@code 2026-13-45}
     */
    public record FeedRow(int rowNumber, String applicationNumber, String dateText, LocalDate eventDate,
            boolean dateOutOfRange, String eventText) {
    }

    /** The rows of a feed, or the message key of the problem that makes the whole file unreadable. */
    public record Feed(List<FeedRow> rows, String fileErrorKey, List<String> fileErrorArguments) {

        public boolean failed() {
            return fileErrorKey != null;
        }
    }

    public Feed read(byte[] content, String fileName) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try {
            SourceFormat format = PatentListReader.detectFormat(content);
            if (content.length == 0) {
                throw new PatentListFormatException(ImportProblem.FILE_EMPTY, fileName);
            } else if (format == null) {
                throw new PatentListFormatException(ImportProblem.FILE_LEGACY_EXCEL, fileName);
            } else if (format == SourceFormat.XLSX) {
                readWorkbook(content, fileName, rows);
            } else {
                CsvTableReader.read(content, rows::add);
            }
        } catch (PatentListFormatException e) {
            return new Feed(List.of(), e.error().messageKey(), e.error().arguments());
        }
        return collect(rows, fileName);
    }

    private static void readWorkbook(byte[] content, String fileName, List<SourceRow> rows)
            throws IOException, PatentListFormatException {
        Path file = Files.createTempFile("legal-status-feed-", ".xlsx");
        try {
            Files.write(file, content);
            XlsxTableReader.read(file, fileName, rows::add);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Feed collect(List<SourceRow> rows, String fileName) {
        List<SourceRow> nonBlank = rows.stream().filter(row -> !row.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return new Feed(List.of(), ImportProblem.HEADER_NOT_FOUND.messageKey(), List.of(fileName));
        }
        SourceRow header = nonBlank.get(0);
        int number = column(header, -1, "申请号", "applicationnumber", "applicationno");
        int date = column(header, -1, "日期", "公告日", "date");
        int text = column(header, date, "法律状态", "事件", "event", "status");
        List<String> missing = new ArrayList<>();
        addIfMissing(missing, number, "申请号");
        addIfMissing(missing, date, "事件日期");
        addIfMissing(missing, text, "事件");
        if (!missing.isEmpty()) {
            return new Feed(List.of(), "ip.feed.header.missing", List.of(String.join("、", missing)));
        }
        List<FeedRow> result = new ArrayList<>();
        for (SourceRow row : nonBlank.subList(1, nonBlank.size())) {
            CellValue dateCell = row.cell(date);
            LocalDate eventDate = parseDate(dateCell);
            boolean outOfRange = eventDate == null && FieldParsers.hasDateForm(dateCell.text());
            result.add(new FeedRow(row.rowNumber(), row.cell(number).text(), dateCell.text(), eventDate, outOfRange,
                    CellText.collapseSpaces(row.cell(text).text())));
        }
        return new Feed(result, null, List.of());
    }

    /** Returns the first column other than {@code skipped} whose folded header contains one of the names, or -1. */
    private static int column(SourceRow header, int skipped, String... names) {
        for (int i = 0; i < header.cells().size(); i++) {
            if (i == skipped) {
                continue;
            }
            String folded = CellText.compact(CellText.foldCode(header.cell(i).text())).toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (folded.contains(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void addIfMissing(List<String> missing, int column, String name) {
        if (column < 0) {
            missing.add(name);
        }
    }

    private static LocalDate parseDate(CellValue cell) {
        try {
            return FieldParsers.parseDate(cell);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
