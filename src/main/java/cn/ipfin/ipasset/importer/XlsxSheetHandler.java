package cn.ipfin.ipasset.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part ({@code xl/worksheets/sheetN.xml}) that emits a {@link SourceRow} per
 * {@code <row>} without loading the sheet into memory. It reads shared strings, inline strings
 * ({@code t="inlineStr"}) and the cached value of formula cells, which it never evaluates. A numeric cell
 * whose number format is a date format becomes a {@link CellValue} with a date.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Consumer<SourceRow> rows;
    private final Map<Integer, Boolean> dateStyleCache = new HashMap<>();

    private int rowNumber;
    private List<CellValue> cells = new ArrayList<>();
    private int column;
    private String cellType;
    private int styleIndex;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inlineText = new StringBuilder();
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhoneticRun;

    /**
     * @param styles   the workbook styles, or null when the workbook has none
     * @param date1904 whether the workbook counts dates from 1904-01-01 instead of 1900-01-01
     */
    XlsxSheetHandler(SharedStrings sharedStrings, StylesTable styles, boolean date1904, Consumer<SourceRow> rows) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (elementName(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> inValue = true;
            case "is" -> inInlineString = true;
            case "t" -> inInlineText = inInlineString;
            case "rPh" -> inPhoneticRun = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (elementName(localName, qName)) {
            case "row" -> rows.accept(new SourceRow(rowNumber, cells));
            case "c" -> putCell(column, toCellValue());
            case "v" -> inValue = false;
            case "is" -> inInlineString = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhoneticRun = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] characters, int start, int length) {
        if (inValue) {
            value.append(characters, start, length);
        } else if (inInlineText && !inPhoneticRun) {
            inlineText.append(characters, start, length);
        }
    }

    /** Starts a row. The {@code r} attribute is optional, and a row without it follows the previous one. */
    private void startRow(String reference) throws SAXException {
        rowNumber = reference == null ? rowNumber + 1 : parseInteger("row number", reference);
        cells = new ArrayList<>();
        column = -1;
    }

    /** Starts a cell. A cell without an {@code r} attribute is in the column after the previous cell. */
    private void startCell(Attributes attributes) throws SAXException {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnIndex(reference);
        cellType = attributes.getValue("t");
        String style = attributes.getValue("s");
        styleIndex = style == null ? 0 : parseInteger("style index", style);
        value.setLength(0);
        inlineText.setLength(0);
    }

    private static int parseInteger(String name, String text) throws SAXException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("Invalid " + name + " \"" + text + "\"", e);
        }
    }

    private static int columnIndex(String reference) throws SAXException {
        try {
            return new CellReference(reference).getCol();
        } catch (IllegalArgumentException e) {
            throw new SAXException("Invalid cell reference \"" + reference + "\"", e);
        }
    }

    private void putCell(int index, CellValue cell) {
        while (cells.size() <= index) {
            cells.add(CellValue.BLANK);
        }
        cells.set(index, cell);
    }

    private CellValue toCellValue() throws SAXException {
        String raw = value.toString();
        return switch (cellType == null ? "n" : cellType) {
            case "s" -> sharedString(raw);
            case "inlineStr" -> CellValue.ofText(inlineText.length() > 0 ? inlineText.toString() : raw);
            case "str" -> CellValue.ofText(raw);
            case "b" -> CellValue.ofText("1".equals(raw.strip()) ? "TRUE" : "FALSE");
            case "e" -> CellValue.BLANK;
            case "d" -> isoDate(raw);
            default -> number(raw);
        };
    }

    private CellValue sharedString(String raw) throws SAXException {
        int index = parseInteger("shared string index", raw);
        if (sharedStrings == null || index < 0 || index >= sharedStrings.getCount()) {
            throw new SAXException("Shared string index " + index + " is outside the shared string table");
        }
        return CellValue.ofText(sharedStrings.getItemAt(index).getString());
    }

    /** Reads a cell of type {@code d}, which stores an ISO 8601 date as text. */
    private static CellValue isoDate(String raw) {
        String text = raw.strip();
        try {
            return CellValue.ofDate(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return CellValue.ofText(text);
        }
    }

    /**
     * Reads a numeric cell: a date when its style has a date number format, otherwise the number as plain
     * text without trailing zeros, so 16.0 becomes {@code 16} and 2.0171060186E11 becomes {@code 201710601860}.
     */
    private CellValue number(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return CellValue.BLANK;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return CellValue.ofText(text);
        }
        double serial = number.doubleValue();
        if (isDateStyle(styleIndex) && DateUtil.isValidExcelDate(serial)) {
            return CellValue.ofDate(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
        }
        return CellValue.ofText(number.stripTrailingZeros().toPlainString());
    }

    private boolean isDateStyle(int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyleCache.computeIfAbsent(index, key -> {
            XSSFCellStyle style = styles.getStyleAt(key);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    /** Returns the element name without a namespace prefix, for parsers that are not namespace aware. */
    private static String elementName(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
