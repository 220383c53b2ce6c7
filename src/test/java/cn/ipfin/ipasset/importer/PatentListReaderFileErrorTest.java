package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PatentListReaderFileErrorTest {

    private final PatentListReader reader = new PatentListReader();

    @Test
    void emptyFile() throws IOException {
        PatentListReadResult result = reader.read(new byte[0], "empty.csv", Map.of());

        assertFileError(result, ImportProblem.FILE_EMPTY, "empty.csv");
    }

    @Test
    void legacyExcelFile() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        PatentListReadResult result = reader.read(ole2, "old.xls", Map.of());

        assertFileError(result, ImportProblem.FILE_LEGACY_EXCEL, "old.xls");
        assertThat(result.format()).isNull();
    }

    @Test
    void zipThatIsNotWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("申请号,标题".getBytes(StandardCharsets.UTF_8));
        }

        PatentListReadResult result = reader.read(bytes.toByteArray(), "list.xlsx", Map.of());

        assertFileError(result, ImportProblem.FILE_NOT_WORKBOOK, "list.xlsx");
        assertThat(result.format()).isEqualTo(SourceFormat.XLSX);
    }

    @Test
    void truncatedWorkbook() throws IOException {
        byte[] workbook = new InlineStringWorkbook().row(InlineStringWorkbook.text("申请号")).toBytes();
        byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 2);

        PatentListReadResult result = reader.read(truncated, "cut.xlsx", Map.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.fileError().problem()).isIn(ImportProblem.FILE_NOT_WORKBOOK, ImportProblem.FILE_CORRUPT);
    }

    @Test
    void onlyBlankRows() throws IOException {
        PatentListReadResult result = reader.read(utf8(",,\n\n , \n"), "blank.csv", Map.of());

        assertFileError(result, ImportProblem.HEADER_NOT_FOUND, "blank.csv");
        assertThat(result.headerRowNumber()).isZero();
    }

    @Test
    void missingTitleColumnReportsMapping() throws IOException {
        PatentListReadResult result = reader.read(utf8("申请号,题名,申请日\n202110234567.5,一种装置,20210305\n"),
                "no-title.csv", Map.of());

        assertFileError(result, ImportProblem.HEADER_MISSING_REQUIRED, "标题");
        assertThat(result.columnMapping()).containsEntry("申请号", PatentField.APPLICATION_NUMBER);
        assertThat(result.unknownHeaders()).containsExactly("题名");
        assertThat(result.records()).isEmpty();
        assertThat(result.totalDataRows()).isZero();
    }

    @Test
    void missingBothRequiredColumns() throws IOException {
        PatentListReadResult result = reader.read(utf8("序号,备注\n1,x\n"), "other.csv", Map.of());

        assertFileError(result, ImportProblem.HEADER_MISSING_REQUIRED, "申请号、标题");
        assertThat(result.headerRowNumber()).isEqualTo(1);
        assertThat(result.unknownHeaders()).containsExactly("序号", "备注");
    }

    @Test
    void overrideFixesMissingColumn() throws IOException {
        PatentListReadResult result = reader.read(utf8("申请号,题名,申请日\n202110234567.5,一种装置,20210305\n"),
                "no-title.csv", Map.of("题名", PatentField.TITLE));

        assertThat(result.failed()).isFalse();
        assertThat(result.records()).extracting(PatentRecord::title).containsExactly("一种装置");
    }

    @Test
    void headerBelowTitleLine() throws IOException {
        String csv = "专利检索结果（共 1 条）\n\n申请号,标题\n202110234567.5,一种装置\n";

        PatentListReadResult result = reader.read(utf8(csv), "titled.csv", Map.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.headerRowNumber()).isEqualTo(3);
        assertThat(result.records()).extracting(PatentRecord::rowNumber).containsExactly(4);
    }

    @Test
    void unclosedQuoteRejectsFile() throws IOException {
        PatentListReadResult result = reader.read(utf8("申请号,标题\n202110234567.5,\"一种装置\n"), "quote.csv", Map.of());

        assertFileError(result, ImportProblem.CSV_UNCLOSED_QUOTE, "2");
    }

    @Test
    void utf16WithByteOrderMarkAndTabs() throws IOException {
        byte[] text = "\uFEFF申请号\t标题\n202110234567.5\t一种装置\n".getBytes(StandardCharsets.UTF_16LE);

        PatentListReadResult result = reader.read(text, "unicode.txt", Map.of());

        assertThat(result.encoding()).isEqualTo("UTF-16LE");
        assertThat(result.records()).extracting(PatentRecord::title).containsExactly("一种装置");
    }

    @Test
    void gbkDetectedWhenNotUtf8() throws IOException {
        byte[] text = "申请号,标题\n202110234567.5,一种装置\n".getBytes(Charset.forName("GBK"));

        PatentListReadResult result = reader.read(text, "gbk.csv", Map.of());

        assertThat(result.encoding()).isEqualTo("GBK");
        assertThat(result.records()).extracting(PatentRecord::title).containsExactly("一种装置");
    }

    private static void assertFileError(PatentListReadResult result, ImportProblem problem, String... arguments) {
        assertThat(result.failed()).isTrue();
        assertThat(result.fileError().problem()).isEqualTo(problem);
        assertThat(result.fileError().arguments()).containsExactly(arguments);
        assertThat(result.records()).isEmpty();
        assertThat(result.rowErrors()).isEmpty();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
