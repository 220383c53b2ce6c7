package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            申请号              | APPLICATION_NUMBER
            标题                | TITLE
            标题 (中文)          | TITLE
            标题（中文）          | TITLE
            发明名称             | TITLE
            名称                | TITLE
            标题 (英文)          | TITLE_EN
            摘要 (中文)          | ABSTRACT
            申请（专利权）人      | APPLICANTS
            申请(专利权)人       | APPLICANTS
            申请【专利权】人      | APPLICANTS
            当前专利权人          | APPLICANTS
            发明（设计）人        | INVENTORS
            公开（公告）号        | PUBLICATION_NUMBER
            公开(公告)日         | PUBLICATION_DATE
            授权公告日            | GRANT_DATE
            ＩＰＣ               | IPC
            ipc分类号            | IPC
            IPC主分类            | MAIN_IPC
            主分类号              | MAIN_IPC
            权利要求数            | CLAIMS_COUNT
            法律状态/事件         | LEGAL_STATUS
            当前法律状态          | LEGAL_STATUS
            专利类型             | PATENT_TYPE
            简单同族个数          | FAMILY_SIZE
            受理局               | COUNTRY
            ' 申 请 号 '         | APPLICATION_NUMBER
            申请号*              | APPLICATION_NUMBER
            申请号（中国）        | APPLICATION_NUMBER
            Application Number | APPLICATION_NUMBER
            """)
    void recognisesHeaderName(String header, PatentField field) {
        ColumnMapping mapping = match(Map.of(), header);

        assertThat(mapping.columns()).containsEntry(field, 0);
        assertThat(mapping.unknownHeaders()).isEmpty();
    }

    @Test
    void englishAbstractIsNotTheAbstract() {
        ColumnMapping mapping = match(Map.of(), "申请号", "摘要 (英文)", "摘要 (中文)");

        assertThat(mapping.columns()).containsEntry(PatentField.ABSTRACT, 2);
        assertThat(mapping.unknownHeaders()).containsExactly("摘要 (英文)");
    }

    @Test
    void firstColumnWinsForSameField() {
        ColumnMapping mapping = match(Map.of(), "申请人", "专利权人", "标准化申请人");

        assertThat(mapping.columns()).containsEntry(PatentField.APPLICANTS, 0);
        assertThat(mapping.unknownHeaders()).containsExactly("专利权人", "标准化申请人");
    }

    @Test
    void exactNameBeatsNameWithoutBrackets() {
        ColumnMapping mapping = match(Map.of(), "申请号（中国）", "申请号");

        assertThat(mapping.columns()).containsEntry(PatentField.APPLICATION_NUMBER, 1);
        assertThat(mapping.unknownHeaders()).containsExactly("申请号（中国）");
    }

    @Test
    void overrideMapsUnknownHeader() {
        ColumnMapping mapping = match(Map.of("登记号", PatentField.APPLICATION_NUMBER, "题名 ", PatentField.TITLE),
                "登记号", "题名", "申请号");

        assertThat(mapping.columns())
                .containsEntry(PatentField.APPLICATION_NUMBER, 0)
                .containsEntry(PatentField.TITLE, 1);
        assertThat(mapping.unknownHeaders()).containsExactly("申请号");
    }

    @Test
    void blankHeadersAreNotReported() {
        ColumnMapping mapping = match(Map.of(), "申请号", "", "标题", "");

        assertThat(mapping.unknownHeaders()).isEmpty();
        assertThat(mapping.missingRequired()).isEmpty();
    }

    @Test
    void missingRequiredListsFields() {
        ColumnMapping mapping = match(Map.of(), "申请号", "摘要");

        assertThat(mapping.missingRequired()).containsExactly(PatentField.TITLE);
        assertThat(mapping.namesRequiredField()).isTrue();
    }

    @Test
    void fieldsByHeaderInColumnOrder() {
        ColumnMapping mapping = match(Map.of(), "标题", "序号", "申请号", "申请日");

        assertThat(mapping.fieldsByHeader()).containsExactly(
                Map.entry("标题", PatentField.TITLE),
                Map.entry("申请号", PatentField.APPLICATION_NUMBER),
                Map.entry("申请日", PatentField.FILING_DATE));
    }

    private static ColumnMapping match(Map<String, PatentField> overrides, String... headers) {
        SourceRow row = new SourceRow(1, Arrays.stream(headers).map(CellValue::ofText).toList());
        return new HeaderMatcher(overrides).match(row);
    }
}
