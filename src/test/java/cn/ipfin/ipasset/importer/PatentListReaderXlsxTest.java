package cn.ipfin.ipasset.importer;

import static cn.ipfin.ipasset.importer.InlineStringWorkbook.date;
import static cn.ipfin.ipasset.importer.InlineStringWorkbook.number;
import static cn.ipfin.ipasset.importer.InlineStringWorkbook.numberFormula;
import static cn.ipfin.ipasset.importer.InlineStringWorkbook.text;
import static cn.ipfin.ipasset.importer.InlineStringWorkbook.textFormula;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipfin.core.identifier.PatentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PatentListReaderXlsxTest {

    private static final LocalDate FILED = LocalDate.of(2020, 3, 4);
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 6, 30);

    private static PatentListReadResult incopatStyle;

    @BeforeAll
    static void readIncopatStyleWorkbook() throws IOException {
        byte[] workbook = new InlineStringWorkbook()
                .row(text("序号"), text("标题 (中文)"), text("标题 (英文)"), text("摘要 (中文)"), text("摘要 (英文)"),
                        text("申请人"), text("公开（公告）号"), text("公开（公告）日"), text("申请号"), text("申请日"),
                        text("专利类型"), text("公开国别"), text("链接"), text("IPC主分类"), text("IPC"),
                        text("权利要求数"))
                .row(number("1.0"), text("一种陈醋发酵温度控制方法"), text("Method for controlling vinegar fermentation"),
                        text("\uFEFF本发明公开了一种发酵控制方法。"), text("The invention discloses a method."),
                        text("开元智能机器(上海)有限公司"), text("CN111300001A"), date(PUBLISHED),
                        text("CN202010334455.2"), date(FILED), text("发明申请"), textFormula("\"中\"&\"国\"", "中国"),
                        text("在线查看\r\nCN111300001A"), text("G05D23/19"), text("G05D23/19; C12J1/00"),
                        numberFormula("5+5", "10.0"))
                .row(number("2.0"), text("用于手术器械的消毒柜"), null, null, null,
                        text("远山医疗财团法人 台南市东区某路1号 (中华民国); \u007Fyuan Shan Medical Center"),
                        text("TWI800001B"), date(LocalDate.of(2023, 1, 1)), text("TW111222333"),
                        date(LocalDate.of(2022, 6, 15)), text("发明授权"), text("中国台湾"), null, null,
                        text("A61L2/26"), null)
                .row(number("3.0"), text("图像分割模型的训练方法"), null, null, null, text("Open Vision Lab"),
                        text("WO2022000123A1"), date(LocalDate.of(2022, 1, 6)), text("WOCN21000678"),
                        date(LocalDate.of(2021, 6, 30)), text("发明申请"), text("世界知识产权组织"))
                .row(number("4.0"), text("折叠式展示架"), null, null, null, text("Studio Rossi S.r.l."),
                        text("IT202100000456U1"), date(LocalDate.of(2021, 9, 1)), text("IT202120000000123"),
                        date(LocalDate.of(2021, 3, 2)), text("实用新型"), text("意大利"))
                .row()
                .row(number("5.0"), text("数据中心的散热装置\r\n及其控制方法"), null, null, null,
                        text("晋云数据（太原）有限公司"), text("CN108900007A"), date(LocalDate.of(2018, 11, 2)),
                        text("CN201810765432.X\r\n"), date(LocalDate.of(2018, 7, 9)), text("发明申请"),
                        text("中国"), null, null, text("H05K7/20"), text("12\r\n"))
                .row(number("6.0"), text("包装盒（醋）"), null, null, null, text("晋阳醋业有限公司"),
                        text("CN306500001S"), date(LocalDate.of(2021, 6, 1)), text("CN202130456789.2"),
                        date(LocalDate.of(2021, 3, 8)), text("外观设计"), text("中国"))
                .toBytes();
        incopatStyle = new PatentListReader().read(workbook, "incopat-style.xlsx", Map.of());
    }

    @Test
    void inlineStringWorkbookIsRead() {
        assertThat(incopatStyle.failed()).isFalse();
        assertThat(incopatStyle.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(incopatStyle.encoding()).isNull();
        assertThat(incopatStyle.rowErrors()).isEmpty();
        assertThat(incopatStyle.totalDataRows()).isEqualTo(6);
        assertThat(incopatStyle.records())
                .extracting(PatentRecord::rowNumber, PatentRecord::applicationNumber, PatentRecord::foreign,
                        PatentRecord::office, PatentRecord::patentType)
                .containsExactly(
                        tuple(2, "202010334455.2", false, "CN", PatentType.INVENTION),
                        tuple(3, "TW111222333", true, "TW", PatentType.INVENTION),
                        tuple(4, "WOCN21000678", true, "WO", PatentType.INVENTION),
                        tuple(5, "IT202120000000123", true, "IT", PatentType.UTILITY_MODEL),
                        tuple(7, "201810765432.X", false, "CN", PatentType.INVENTION),
                        tuple(8, "202130456789.2", false, "CN", PatentType.DESIGN));
    }

    @Test
    void incopatColumnsAreRecognised() {
        assertThat(incopatStyle.columnMapping())
                .containsEntry("标题 (中文)", PatentField.TITLE)
                .containsEntry("标题 (英文)", PatentField.TITLE_EN)
                .containsEntry("摘要 (中文)", PatentField.ABSTRACT)
                .containsEntry("公开（公告）日", PatentField.PUBLICATION_DATE)
                .containsEntry("IPC主分类", PatentField.MAIN_IPC)
                .containsEntry("公开国别", PatentField.COUNTRY);
        assertThat(incopatStyle.unknownHeaders()).containsExactly("序号", "摘要 (英文)", "链接");
    }

    @Test
    void dateCellsBecomeDates() {
        PatentRecord first = incopatStyle.records().get(0);

        assertThat(first.filingDate()).isEqualTo(FILED);
        assertThat(first.publicationDate()).isEqualTo(PUBLISHED);
    }

    @Test
    void formulaCellsGiveCachedValues() {
        PatentRecord first = incopatStyle.records().get(0);

        assertThat(first.claimsCount()).isEqualTo(10);
        assertThat(first.country()).isEqualTo("中国");
    }

    @Test
    void textCleanedOfByteOrderMarkAndBrackets() {
        PatentRecord first = incopatStyle.records().get(0);

        assertThat(first.abstractText()).isEqualTo("本发明公开了一种发酵控制方法。");
        assertThat(first.titleEn()).isEqualTo("Method for controlling vinegar fermentation");
        assertThat(first.applicants()).containsExactly("开元智能机器（上海）有限公司");
        assertThat(first.ipcCodes()).containsExactly("G05D23/19", "C12J1/00");
        assertThat(first.mainIpc()).isEqualTo("G05D23/19");
    }

    @Test
    void deleteCharacterRemovedFromApplicants() {
        PatentRecord taiwanese = incopatStyle.records().get(1);

        assertThat(taiwanese.applicants())
                .containsExactly("远山医疗财团法人 台南市东区某路1号 （中华民国）", "yuan Shan Medical Center");
        assertThat(taiwanese.mainIpc()).isEqualTo("A61L2/26");
    }

    @Test
    void lineBreaksKeptInTextStrippedFromNumbers() {
        PatentRecord record = incopatStyle.records().get(4);

        assertThat(record.title()).isEqualTo("数据中心的散热装置\n及其控制方法");
        assertThat(record.applicationNumber()).isEqualTo("201810765432.X");
        assertThat(record.claimsCount()).isEqualTo(12);
    }

    @Test
    void sharedStringWorkbookWrittenByPoi() throws IOException {
        byte[] workbook = poiWorkbook();

        PatentListReadResult result = new PatentListReader().read(workbook, "poi.xlsx", Map.of());

        assertThat(result.rowErrors()).isEmpty();
        assertThat(result.records()).hasSize(1);
        PatentRecord record = result.records().get(0);
        assertThat(record.applicationNumber()).isEqualTo("202110234567.5");
        assertThat(record.title()).isEqualTo("一种零件分拣装置");
        assertThat(record.filingDate()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(record.claimsCount()).isEqualTo(16);
        assertThat(record.applicants()).containsExactly("晋源智能装备有限公司");
    }

    @Test
    void errorsInWorkbookNameRowAndColumn() throws IOException {
        byte[] workbook = new InlineStringWorkbook()
                .row(text("申请号"), text("标题"), text("申请日"))
                .row(text("201910123456.7"), text("一种煤矸石分选方法"), date(FILED))
                .row(text("202010334455.2"), text("一种发酵罐"), text("2020年13月1日"))
                .row(text("202010334455.2"), null, text("2020年3月4日"))
                .row(text("202110234567.5"), text("一种零件分拣装置"), text("2021年3月5日"))
                .toBytes();

        PatentListReadResult result = new PatentListReader().read(workbook, "errors.xlsx", Map.of());

        assertThat(result.rowErrors())
                .extracting(RowError::row, RowError::column, RowError::problem)
                .containsExactly(
                        tuple(2, "申请号", ImportProblem.NUMBER_CHECK_DIGIT),
                        tuple(3, "申请日", ImportProblem.DATE_INVALID),
                        tuple(4, "标题", ImportProblem.TITLE_MISSING));
        assertThat(result.records()).extracting(PatentRecord::rowNumber, PatentRecord::filingDate)
                .containsExactly(tuple(5, LocalDate.of(2021, 3, 5)));
    }

    /** Writes a workbook with POI's default writer: shared strings, a date style and formulas with cached values. */
    private static byte[] poiWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("清单");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            List.of("申请号", "发明名称", "申请日", "权利要求数", "专利权人")
                    .forEach(name -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(name));

            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("ZL202110234567.5");
            row.createCell(1).setCellValue("一种零件分拣装置");
            row.createCell(2).setCellValue(LocalDate.of(2021, 3, 5));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellFormula("10+6");
            row.getCell(3).setCellValue(16);
            row.createCell(4).setCellFormula("\"晋源智能\"&\"装备有限公司\"");
            row.getCell(4).setCellValue("晋源智能装备有限公司");
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }
}
