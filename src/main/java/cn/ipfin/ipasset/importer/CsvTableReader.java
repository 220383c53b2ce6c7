package cn.ipfin.ipasset.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV patent list into {@link SourceRow}s. A byte order mark selects UTF-8 or UTF-16. Without one,
 * the text is UTF-8 when the bytes are valid UTF-8, and otherwise GBK, the code page in which Excel on
 * Chinese Windows saves CSV files. The delimiter is a comma unless the first line has more tabs than commas.
 */
final class CsvTableReader {

    static final String GBK = "GBK";

    private CsvTableReader() {
    }

    /** Decoded text and the name of the encoding it was decoded from. */
    record DecodedText(String text, String encoding) {
    }

    /**
     * Decodes {@code content}, splits it into records and passes each as a row to {@code rows}.
     *
     * @return the name of the detected encoding
     */
    static String read(byte[] content, Consumer<SourceRow> rows) throws PatentListFormatException {
        DecodedText decoded = decode(content);
        CsvRecordParser parser = new CsvRecordParser(decoded.text(), detectDelimiter(decoded.text()));
        for (List<String> fields = parser.next(); fields != null; fields = parser.next()) {
            List<CellValue> cells = new ArrayList<>(fields.size());
            for (String field : fields) {
                cells.add(CellValue.ofText(field));
            }
            rows.accept(new SourceRow(parser.recordNumber(), cells));
        }
        return decoded.encoding();
    }

    static DecodedText decode(byte[] content) {
        if (Bytes.startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(content, 3, content.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (Bytes.startsWith(content, 0xFF, 0xFE)) {
            return new DecodedText(new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (Bytes.startsWith(content, 0xFE, 0xFF)) {
            return new DecodedText(new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return new DecodedText(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(content, Charset.forName(GBK)), GBK);
        }
    }

    /** Returns a tab when the first line has more tabs than commas, otherwise a comma. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int tabs = 0;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (text.charAt(i) == ',') {
                commas++;
            } else if (text.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }
}
