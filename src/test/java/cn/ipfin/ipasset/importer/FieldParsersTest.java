package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.identifier.PatentType;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldParsersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20200304", "2020-03-04", "2020-3-4", "2020/3/4", "2020/03/04", "2020.03.04",
            "2020年3月4日", " 2020-03-04 ", "２０２０－０３－０４", "2020-03-\n04"})
    void parsesDateText(String text) {
        assertThat(FieldParsers.parseDate(CellValue.ofText(text))).isEqualTo(LocalDate.of(2020, 3, 4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2020-02-30", "20201301", "2020/3", "43894", "04.03.2020", "3/4/2020", "明年"})
    void rejectsInvalidDateText(String text) {
        assertThatThrownBy(() -> FieldParsers.parseDate(CellValue.ofText(text)))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void dateCellWinsOverText() {
        LocalDate date = LocalDate.of(2021, 6, 1);

        assertThat(FieldParsers.parseDate(CellValue.ofDate(date))).isEqualTo(date);
    }

    @Test
    void blankDateIsNull() {
        assertThat(FieldParsers.parseDate(CellValue.BLANK)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"16, 16", "16.0, 16", "0, 0", "' 7 ', 7", "１２, 12"})
    void parsesCount(String text, int expected) {
        assertThat(FieldParsers.parseCount(CellValue.ofText(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1", "1.5", "十二", "12项", "99999999999"})
    void rejectsInvalidCount(String text) {
        assertThatThrownBy(() -> FieldParsers.parseCount(CellValue.ofText(text)))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void blankCountIsNull() {
        assertThat(FieldParsers.parseCount(CellValue.BLANK)).isNull();
    }

    @Test
    void splitsNamesOnAllSeparators() {
        assertThat(FieldParsers.splitNames("甲公司 | 乙公司;丙公司；丁公司\n戊公司; ;甲公司"))
                .containsExactly("甲公司", "乙公司", "丙公司", "丁公司", "戊公司");
    }

    @Test
    void chineseNamesGetFullWidthBrackets() {
        assertThat(FieldParsers.splitNames("阿尔法通信技术(山西)有限公司 | Open Vision Lab (US)"))
                .containsExactly("阿尔法通信技术（山西）有限公司", "Open Vision Lab (US)");
    }

    @Test
    void splitsAndCollapsesIpcCodes() {
        assertThat(FieldParsers.splitIpcCodes("H04L 67/12 | H04W  4/40;G06N3/04；b60q  9/00, Ｇ０１Ｃ 21/34"))
                .containsExactly("H04L 67/12", "H04W 4/40", "G06N3/04", "B60Q 9/00", "G01C 21/34");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"发明申请, INVENTION", "发明授权, INVENTION", "发明, INVENTION", "发明专利, INVENTION",
            "实用新型, UTILITY_MODEL", "外观设计, DESIGN", "Utility Model, UTILITY_MODEL", "Design, DESIGN",
            "'', UNKNOWN", "PCT, UNKNOWN"})
    void parsesPatentType(String text, PatentType expected) {
        assertThat(FieldParsers.parsePatentType(text)).isEqualTo(expected);
    }
}
