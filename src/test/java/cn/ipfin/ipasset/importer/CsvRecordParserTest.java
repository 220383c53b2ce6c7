package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordParserTest {

    @Test
    void plainAndQuotedFields() throws Exception {
        assertThat(parse("a,\"b\",c\n")).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void doubledQuoteIsOneQuote() throws Exception {
        assertThat(parse("\"say \"\"hi\"\"\",x")).containsExactly(List.of("say \"hi\"", "x"));
    }

    @Test
    void delimiterAndLineBreaksInsideQuotes() throws Exception {
        List<List<String>> records = parse("\"a,b\",\"line 1\r\nline 2\nline 3\"\r\nnext,row\r\n");

        assertThat(records).containsExactly(List.of("a,b", "line 1\r\nline 2\nline 3"), List.of("next", "row"));
    }

    @Test
    void recordNumberCountsRecordsNotLines() throws Exception {
        CsvRecordParser parser = new CsvRecordParser("h1,h2\n\"x\ny\",z\nlast,row\n", ',');

        parser.next();
        parser.next();
        parser.next();

        assertThat(parser.recordNumber()).isEqualTo(3);
    }

    @Test
    void trailingCommaGivesEmptyLastField() throws Exception {
        assertThat(parse("h1,h2\n\"a\",\"b\",\n")).containsExactly(List.of("h1", "h2"), List.of("a", "b", ""));
    }

    @Test
    void lineEndingsCrLfLfAndCr() throws Exception {
        assertThat(parse("a\r\nb\nc\rd")).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void emptyLineIsOneEmptyField() throws Exception {
        assertThat(parse("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
    }

    @Test
    void emptyFieldsKept() throws Exception {
        assertThat(parse(",,\n")).containsExactly(List.of("", "", ""));
    }

    @Test
    void textAfterClosingQuoteKept() throws Exception {
        assertThat(parse("\"ab\"c,d\n")).containsExactly(List.of("abc", "d"));
    }

    @Test
    void quoteInsideUnquotedFieldKept() throws Exception {
        assertThat(parse("5\"3,x\n")).containsExactly(List.of("5\"3", "x"));
    }

    @Test
    void tabDelimiter() throws Exception {
        List<List<String>> records = new ArrayList<>();
        CsvRecordParser parser = new CsvRecordParser("a\tb,c\n", '\t');
        for (List<String> fields = parser.next(); fields != null; fields = parser.next()) {
            records.add(fields);
        }

        assertThat(records).containsExactly(List.of("a", "b,c"));
    }

    @Test
    void unclosedQuoteNamesItsRow() {
        assertThatThrownBy(() -> parse("h1,h2\nok,row\n\"never closed,x\nmore\n"))
                .isInstanceOfSatisfying(PatentListFormatException.class, e -> {
                    assertThat(e.error().problem()).isEqualTo(ImportProblem.CSV_UNCLOSED_QUOTE);
                    assertThat(e.error().arguments()).containsExactly("3");
                });
    }

    @Test
    void emptyTextHasNoRecords() throws Exception {
        assertThat(parse("")).isEmpty();
    }

    private static List<List<String>> parse(String text) throws PatentListFormatException {
        List<List<String>> records = new ArrayList<>();
        CsvRecordParser parser = new CsvRecordParser(text, ',');
        for (List<String> fields = parser.next(); fields != null; fields = parser.next()) {
            records.add(fields);
        }
        return records;
    }
}
