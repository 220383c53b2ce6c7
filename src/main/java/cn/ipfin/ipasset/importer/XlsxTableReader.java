package cn.ipfin.ipasset.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an XLSX file with the Apache POI event API, so only the shared strings and
 * styles are held in memory while the sheet streams through {@link XlsxSheetHandler}. POI (5.5.1) opens the
 * file with its {@code ZipSecureFile}, which rejects entries with an implausible compression ratio (zip bombs).
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    /**
     * Passes each row of the first worksheet to {@code rows}.
     *
     * @param file     the workbook on disk
     * @param fileName the name of the upload, used in messages
     * @throws PatentListFormatException if the file is not an XLSX workbook or a part of it cannot be parsed
     */
    static void read(Path file, String fileName, Consumer<SourceRow> rows) throws PatentListFormatException {
        OPCPackage workbook = open(file, fileName);
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable sharedStrings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = isDate1904(reader);
            XlsxSheetHandler handler = new XlsxSheetHandler(sharedStrings, styles, date1904, rows);
            parseFirstSheet(reader, handler, fileName);
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
                 | SAXException | ParserConfigurationException e) {
            throw new PatentListFormatException(ImportProblem.FILE_CORRUPT, e, fileName);
        } finally {
            workbook.revert();
        }
    }

    /** Opens the package and checks that its main part is a spreadsheet, not a document or presentation. */
    private static OPCPackage open(Path file, String fileName) throws PatentListFormatException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | UnsupportedFileFormatException | OpenXML4JRuntimeException e) {
            throw new PatentListFormatException(ImportProblem.FILE_NOT_WORKBOOK, e, fileName);
        }
        try {
            PackageRelationship main = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                    .getRelationship(0);
            PackagePart part = main == null ? null : workbook.getPart(main);
            if (part == null || !isSpreadsheetContentType(part.getContentType())) {
                throw new PatentListFormatException(ImportProblem.FILE_NOT_WORKBOOK, fileName);
            }
            return workbook;
        } catch (PatentListFormatException | RuntimeException e) {
            workbook.revert();
            throw e;
        }
    }

    /** Returns whether the content type is that of an XLSX, XLSM or XLTX workbook part. */
    private static boolean isSpreadsheetContentType(String contentType) {
        return contentType.endsWith("main+xml")
                && (contentType.contains("spreadsheetml") || contentType.contains("ms-excel"));
    }

    private static void parseFirstSheet(XSSFReader reader, XlsxSheetHandler handler, String fileName)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException,
            PatentListFormatException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new PatentListFormatException(ImportProblem.FILE_NO_SHEET, fileName);
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        }
    }

    /** Reads {@code <workbookPr date1904="1"/>}, set by workbooks that count dates from 1904-01-01. */
    private static boolean isDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr") || qName.endsWith("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        };
        try (InputStream workbookXml = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(workbookXml));
        }
        return date1904[0];
    }
}
