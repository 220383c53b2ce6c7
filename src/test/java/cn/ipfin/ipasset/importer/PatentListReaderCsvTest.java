package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipfin.core.identifier.PatentType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatentListReaderCsvTest {

    private final PatentListReader reader = new PatentListReader();

    @Test
    void patenticsStyleExportWithBomAndTrailingCommas() throws IOException {
        PatentListReadResult result = read("patentics-style-utf8-bom.csv");

        assertThat(result.failed()).isFalse();
        assertThat(result.format()).isEqualTo(SourceFormat.CSV);
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.headerRowNumber()).isEqualTo(1);
        assertThat(result.rowErrors()).isEmpty();
        assertThat(result.totalDataRows()).isEqualTo(4);
        assertThat(result.records()).extracting(PatentRecord::rowNumber, PatentRecord::applicationNumber)
                .containsExactly(
                        tuple(2, "202110234567.5"),
                        tuple(3, "202010578812.X"),
                        tuple(5, "202120345678.9"),
                        tuple(6, "202210111222.5"));
    }

    @Test
    void patenticsStyleColumnsAreRecognised() throws IOException {
        PatentListReadResult result = read("patentics-style-utf8-bom.csv");

        assertThat(result.columnMapping()).containsEntry("公开号", PatentField.PUBLICATION_NUMBER)
                .containsEntry("申请号", PatentField.APPLICATION_NUMBER)
                .containsEntry("国际分类", PatentField.IPC)
                .containsEntry("国际主分类", PatentField.MAIN_IPC)
                .containsEntry("同族专利数", PatentField.FAMILY_SIZE);
        assertThat(result.unknownHeaders()).containsExactly("美国分类", "标准化申请人", "第一发明人");
    }

    @Test
    void patenticsStyleRecordFields() throws IOException {
        PatentRecord first = read("patentics-style-utf8-bom.csv").records().get(0);

        assertThat(first.foreign()).isFalse();
        assertThat(first.office()).isEqualTo("CN");
        assertThat(first.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(first.title()).isEqualTo("一种基于视觉识别的零件分拣装置及方法");
        assertThat(first.publicationNumber()).isEqualTo("CN115001234A");
        assertThat(first.filingDate()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2022, 4, 12));
        assertThat(first.grantDate()).isNull();
        assertThat(first.ipcCodes()).containsExactly("B07C 5/342", "G06V 10/82", "B25J 9/16");
        assertThat(first.mainIpc()).isEqualTo("B07C");
        assertThat(first.claimsCount()).isEqualTo(12);
        assertThat(first.applicants()).containsExactly("晋源智能装备（太原）有限公司", "汾水数据科技（北京）有限公司");
        assertThat(first.inventors()).containsExactly("发明人A01", "发明人A02");
        assertThat(first.legalStatus()).isEqualTo("公开");
        assertThat(first.familySize()).isEqualTo(3);
        assertThat(first.titleEn()).isNull();
        assertThat(first.abstractText()).isNull();
    }

    @Test
    void patenticsStyleGrantDateAndUtilityModel() throws IOException {
        List<PatentRecord> records = read("patentics-style-utf8-bom.csv").records();

        assertThat(records.get(1).grantDate()).isEqualTo(LocalDate.of(2022, 1, 18));
        assertThat(records.get(2).patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(records.get(2).inventors()).containsExactly("发明人C01", "发明人C02", "发明人C03");
    }

    @Test
    void quotedCellKeepsQuotesCommasAndLineBreak() throws IOException {
        PatentRecord record = read("patentics-style-utf8-bom.csv").records().get(3);

        assertThat(record.title()).isEqualTo("一种“低延时”通信方法，以及\"V2X\"存储介质\n（分案）");
        assertThat(record.ipcCodes()).containsExactly("H04L 67/12", "H04W 4/40");
    }

    @Test
    void gbkExportFromCnipa() throws IOException {
        PatentListReadResult result = read("cnipa-style-gbk.csv");

        assertThat(result.failed()).isFalse();
        assertThat(result.encoding()).isEqualTo("GBK");
        assertThat(result.rowErrors()).isEmpty();
        assertThat(result.columnMapping()).containsEntry("申请（专利权）人", PatentField.APPLICANTS)
                .containsEntry("发明（设计）人", PatentField.INVENTORS)
                .containsEntry("公开（公告）号", PatentField.PUBLICATION_NUMBER)
                .containsEntry("公开（公告）日", PatentField.PUBLICATION_DATE)
                .containsEntry("名称", PatentField.TITLE)
                .containsEntry("主分类号", PatentField.MAIN_IPC)
                .containsEntry("分类号", PatentField.IPC)
                .containsEntry("专利类型", PatentField.PATENT_TYPE);
        assertThat(result.unknownHeaders()).isEmpty();
        assertThat(result.records()).extracting(PatentRecord::applicationNumber, PatentRecord::patentType)
                .containsExactly(
                        tuple("99112345.X", PatentType.INVENTION),
                        tuple("202130456789.2", PatentType.DESIGN),
                        tuple("202120345678.9", PatentType.UTILITY_MODEL));
    }

    @Test
    void gbkExportRecordFields() throws IOException {
        List<PatentRecord> records = read("cnipa-style-gbk.csv").records();

        PatentRecord oldInvention = records.get(0);
        assertThat(oldInvention.title()).isEqualTo("高炉煤气余压发电装置");
        assertThat(oldInvention.inventors()).containsExactly("发明人E01", "发明人E02");
        assertThat(oldInvention.filingDate()).isEqualTo(LocalDate.of(1999, 5, 20));
        assertThat(oldInvention.ipcCodes()).containsExactly("F01D 15/10", "F02C 6/18");
        assertThat(oldInvention.mainIpc()).isEqualTo("F01D 15/10");
        assertThat(oldInvention.legalStatus()).isEqualTo("专利权终止");
        assertThat(records.get(1).title()).isEqualTo("陈醋包装瓶（老陈醋）");
        assertThat(records.get(2).inventors()).containsExactly("发明人G01", "发明人G02");
    }

    @Test
    void rowsWithErrorsAreRejectedOthersKept() throws IOException {
        PatentListReadResult result = read("rows-with-errors.csv");

        assertThat(result.failed()).isFalse();
        assertThat(result.totalDataRows()).isEqualTo(9);
        assertThat(result.records()).extracting(PatentRecord::rowNumber).containsExactly(7, 8);
        assertThat(result.rejectedRowCount()).isEqualTo(6);
        assertThat(result.duplicates()).containsExactly(new DuplicateRow("202110556677.3", 2, 8));
        assertThat(result.records().size() + result.rejectedRowCount() + result.duplicates().size())
                .isEqualTo(result.totalDataRows());
    }

    @Test
    void rowErrorsNameRowColumnAndValue() throws IOException {
        PatentListReadResult result = read("rows-with-errors.csv");

        assertThat(result.rowErrors())
                .extracting(RowError::row, RowError::column, RowError::problem, RowError::arguments)
                .containsExactly(
                        tuple(3, "申请号", ImportProblem.NUMBER_CHECK_DIGIT, List.of("申请号", "201910123456.7", "X")),
                        tuple(4, "申请日", ImportProblem.DATE_INVALID, List.of("申请日", "2022-02-30")),
                        tuple(5, "标题", ImportProblem.TITLE_MISSING, List.of("标题")),
                        tuple(6, "申请号", ImportProblem.NUMBER_LENGTH, List.of("申请号", "20231088776.5")),
                        tuple(6, "标题", ImportProblem.TITLE_MISSING, List.of("标题")),
                        tuple(6, "申请日", ImportProblem.DATE_INVALID, List.of("申请日", "2023/13/01")),
                        tuple(10, "权利要求数", ImportProblem.COUNT_INVALID, List.of("权利要求数", "十二")),
                        tuple(11, null, ImportProblem.ROW_EXTRA_CELLS, List.of("1", "5")),
                        tuple(11, "申请日", ImportProblem.DATE_INVALID, List.of("申请日", "晋城某公司")),
                        tuple(11, "权利要求数", ImportProblem.COUNT_INVALID, List.of("权利要求数", "CN116800006U")));
        assertThat(result.rowErrors().get(0).messageKey()).isEqualTo("import.number.checkDigit");
    }

    @Test
    void foreignNumberWithCommaIsKept() throws IOException {
        PatentRecord foreign = read("rows-with-errors.csv").records().get(0);

        assertThat(foreign.applicationNumber()).isEqualTo("US16/113,519");
        assertThat(foreign.foreign()).isTrue();
        assertThat(foreign.office()).isEqualTo("US");
        assertThat(foreign.patentType()).isEqualTo(PatentType.UNKNOWN);
        assertThat(foreign.title()).isEqualTo("Sensor housing with \"snap-fit\" cover");
        assertThat(foreign.applicants()).containsExactly("Northwind Devices Inc.");
        assertThat(foreign.claimsCount()).isEqualTo(15);
    }

    @Test
    void laterDuplicateRowWins() throws IOException {
        PatentRecord kept = read("rows-with-errors.csv").records().get(1);

        assertThat(kept.applicationNumber()).isEqualTo("202110556677.3");
        assertThat(kept.title()).isEqualTo("一种矿用输送带张紧装置（修正）");
        assertThat(kept.filingDate()).isEqualTo(LocalDate.of(2021, 7, 15));
        assertThat(kept.claimsCount()).isEqualTo(9);
    }

    private PatentListReadResult read(String fixture) throws IOException {
        try (InputStream content = getClass().getResourceAsStream("/fixtures/patent-lists/" + fixture)) {
            assertThat(content).as("fixture %s", fixture).isNotNull();
            return reader.read(content, fixture);
        }
    }
}
