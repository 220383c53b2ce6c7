package cn.ipfin.ipasset.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Test helper that writes a minimal XLSX file by hand, the way incoPat exports look: inline strings
 * ({@code t="inlineStr"}) and no shared string table, dates as numbers with the {@code yyyy/m/d} format,
 * and formula cells with a cached value. POI's own writer uses a shared string table, so it cannot
 * produce such a file.
 */
final class InlineStringWorkbook {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Style index 1 in styles.xml, with the custom number format 164 {@code yyyy/m/d}. */
    private static final int DATE_STYLE = 1;

    private final List<List<Cell>> rows = new ArrayList<>();

    /** Cell XML without its reference: type and style attributes and the inner elements. */
    record Cell(String attributes, String content) {

        String toXml(String reference) {
            return "<c r=\"" + reference + "\"" + attributes + ">" + content + "</c>";
        }
    }

    /** Adds a row of cells from column A on; null leaves a gap, as Excel writes no element for an empty cell. */
    InlineStringWorkbook row(Cell... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    static Cell text(String value) {
        return new Cell(" t=\"inlineStr\"", "<is><t xml:space=\"preserve\">" + escape(value) + "</t></is>");
    }

    static Cell date(LocalDate value) {
        return new Cell(" s=\"" + DATE_STYLE + "\"", "<v>" + (long) DateUtil.getExcelDate(value) + "</v>");
    }

    static Cell number(String value) {
        return new Cell("", "<v>" + value + "</v>");
    }

    /** A formula cell whose cached result is a number. */
    static Cell numberFormula(String formula, String cachedValue) {
        return new Cell("", "<f>" + escape(formula) + "</f><v>" + cachedValue + "</v>");
    }

    /** A formula cell whose cached result is text ({@code t="str"}). */
    static Cell textFormula(String formula, String cachedValue) {
        return new Cell(" t=\"str\"", "<f>" + escape(formula) + "</f><v>" + escape(cachedValue) + "</v>");
    }

    byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", packageRelationships());
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                    + "<sheet name=\"专利清单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
            put(zip, "xl/styles.xml", styles());
            put(zip, "xl/worksheets/sheet1.xml", sheet());
        }
        return bytes.toByteArray();
    }

    private String sheet() {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>");
        for (int rowIndex = 0; rowIndex < rows.size(); rowIndex++) {
            int rowNumber = rowIndex + 1;
            xml.append("<row r=\"").append(rowNumber).append("\">");
            List<Cell> cells = rows.get(rowIndex);
            for (int column = 0; column < cells.size(); column++) {
                if (cells.get(column) != null) {
                    xml.append(cells.get(column).toXml(CellReference.convertNumToColString(column) + rowNumber));
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String contentTypes() {
        String typePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + typePrefix + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + typePrefix + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + typePrefix + "styles+xml\"/>"
                + "</Types>";
    }

    private static String packageRelationships() {
        return "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    }

    private static String workbookRelationships() {
        return "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
    }

    private static String styles() {
        return "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>";
    }

    /** Escapes XML markup, and CR as a character reference because XML parsers turn a literal CR LF into LF. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r", "&#xd;");
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        zip.write((declaration + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
