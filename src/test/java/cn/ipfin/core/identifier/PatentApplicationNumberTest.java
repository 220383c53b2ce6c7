package cn.ipfin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.identifier.PatentApplicationNumber.InvalidReason;
import cn.ipfin.core.identifier.PatentApplicationNumber.ParseResult;
import cn.ipfin.core.identifier.PatentApplicationNumber.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PatentApplicationNumberTest {

    /*
     * Check characters computed by hand:
     *
     * 201710601862: 2·2 + 0·3 + 1·4 + 7·5 + 1·6 + 0·7 + 6·8 + 0·9 + 1·2 + 8·3 + 6·4 + 2·5
     *             = 4 + 0 + 4 + 35 + 6 + 0 + 48 + 0 + 2 + 24 + 24 + 10 = 157, and 157 mod 11 = 3.
     *
     * 99112345 (8-digit form, weights 2 to 9): 9·2 + 9·3 + 1·4 + 1·5 + 2·6 + 3·7 + 4·8 + 5·9
     *             = 18 + 27 + 4 + 5 + 12 + 21 + 32 + 45 = 164, and 164 mod 11 = 10, written X.
     */

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            201710601862.3         | 201710601862.3 | INVENTION     | 2017 | false
            201920123456.5         | 201920123456.5 | UTILITY_MODEL | 2019 | false
            201910123456.X         | 201910123456.X | INVENTION     | 2019 | false
            201910123456.x         | 201910123456.X | INVENTION     | 2019 | false
            201910123456X          | 201910123456.X | INVENTION     | 2019 | false
            2017106018623          | 201710601862.3 | INVENTION     | 2017 | false
            ZL201710601862.3       | 201710601862.3 | INVENTION     | 2017 | false
            ZL 201710601862.3      | 201710601862.3 | INVENTION     | 2017 | false
            zl201710601862.3       | 201710601862.3 | INVENTION     | 2017 | false
            CN201710601862.3       | 201710601862.3 | INVENTION     | 2017 | false
            CN ZL 201710601862.3   | 201710601862.3 | INVENTION     | 2017 | false
            ' 2017 1060 1862.3 '   | 201710601862.3 | INVENTION     | 2017 | false
            ２０１７１０６０１８６２．３ | 201710601862.3 | INVENTION     | 2017 | false
            ＺＬ２０１９１０１２３４５６．ｘ | 201910123456.X | INVENTION     | 2019 | false
            201710601862。3         | 201710601862.3 | INVENTION     | 2017 | false
            CN202111513510.5       | 202111513510.5 | INVENTION     | 2021 | false
            202130120263.7         | 202130120263.7 | DESIGN        | 2021 | false
            201880012345.5         | 201880012345.5 | INVENTION     | 2018 | true
            201990012345.5         | 201990012345.5 | UTILITY_MODEL | 2019 | true
            200310012345.0         | 200310012345.0 | INVENTION     | 2003 | false
            99112345.X             | 99112345.X     | INVENTION     | 1999 | false
            98123456.9             | 98123456.9     | INVENTION     | 1998 | false
            981234569              | 98123456.9     | INVENTION     | 1998 | false
            03212345.0             | 03212345.0     | UTILITY_MODEL | 2003 | false
            02812345.X             | 02812345.X     | INVENTION     | 2002 | true
            """)
    void parsesValidChineseNumbers(String raw, String canonical, PatentType type, int year, boolean pct) {
        ParseResult result = PatentApplicationNumber.parse(raw);

        assertThat(result.status()).isEqualTo(Status.VALID_CN);
        assertThat(result.canonical()).isEqualTo(canonical);
        assertThat(result.office()).isEqualTo("CN");
        assertThat(result.patentType()).isEqualTo(type);
        assertThat(result.filingYear()).isEqualTo(year);
        assertThat(result.pctNationalPhase()).isEqualTo(pct);
        assertThat(result.checkCharacterComputed()).isFalse();
        assertThat(result.invalidReason()).isNull();
        assertThat(PatentApplicationNumber.isValid(raw)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            201710601862     | 201710601862.3
            201710601862.    | 201710601862.3
            CN201910123456   | 201910123456.X
            ZL 2019 10123456 | 201910123456.X
            99112345         | 99112345.X
            """)
    void computesMissingCheckCharacter(String raw, String canonical) {
        ParseResult result = PatentApplicationNumber.parse(raw);

        assertThat(result.status()).isEqualTo(Status.VALID_CN);
        assertThat(result.canonical()).isEqualTo(canonical);
        assertThat(result.checkCharacterComputed()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            201910123456.7     | CHECK_CHARACTER_MISMATCH | X
            2019101234567      | CHECK_CHARACTER_MISMATCH | X
            201710601862.4     | CHECK_CHARACTER_MISMATCH | 3
            CN201710601862.X   | CHECK_CHARACTER_MISMATCH | 3
            99112345.1         | CHECK_CHARACTER_MISMATCH | X
            20171060186.3      | WRONG_LENGTH             |
            2017106018621.3    | WRONG_LENGTH             |
            1234567            | WRONG_LENGTH             |
            CN                 | MALFORMED                |
            201740601862.3     | UNKNOWN_TYPE             |
            201700601862       | UNKNOWN_TYPE             |
            98523456           | UNKNOWN_TYPE             |
            200210012345       | YEAR_OUT_OF_RANGE        |
            05112345           | YEAR_OUT_OF_RANGE        |
            84112345           | YEAR_OUT_OF_RANGE        |
            2017-10601862.3    | MALFORMED                |
            201710601862.3.3   | MALFORMED                |
            201710601862.33    | MALFORMED                |
            201710601862.A     | MALFORMED                |
            发明201710601862.3   | MALFORMED                |
            X201710601862      | MALFORMED                |
            """)
    void rejectsInvalidChineseNumbers(String raw, InvalidReason reason, String expectedCheckCharacter) {
        ParseResult result = PatentApplicationNumber.parse(raw);

        assertThat(result.status()).isEqualTo(Status.INVALID);
        assertThat(result.invalidReason()).isEqualTo(reason);
        assertThat(result.expectedCheckCharacter()).isEqualTo(expectedCheckCharacter);
        assertThat(result.canonical()).isNull();
        assertThat(result.office()).isEqualTo("CN");
        assertThat(result.patentType()).isEqualTo(PatentType.UNKNOWN);
        assertThat(PatentApplicationNumber.isValid(raw)).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u3000"})
    void rejectsBlankInput(String raw) {
        ParseResult result = PatentApplicationNumber.parse(raw);

        assertThat(result.status()).isEqualTo(Status.INVALID);
        assertThat(result.invalidReason()).isEqualTo(InvalidReason.BLANK);
        assertThat(result.normalizedInput()).isNull();
        assertThat(result.office()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TW110132167         | TW110132167       | TW
            ' tw 110132167 '    | TW110132167       | TW
            US16/113,519        | US16/113,519      | US
            US 16/113,519       | US16/113,519      | US
            WOIT20000045        | WOIT20000045      | WO
            IT202020000000280   | IT202020000000280 | IT
            EP3123456.7         | EP3123456.7       | EP
            JP2019-123456       | JP2019-123456     | JP
            ＪＰ２０１９－１２３４５６   | JP2019-123456     | JP
            PCT/CN2019/123456   | PCT/CN2019/123456 | WO
            """)
    void keepsForeignNumbers(String raw, String number, String office) {
        ParseResult result = PatentApplicationNumber.parse(raw);

        assertThat(result.status()).isEqualTo(Status.FOREIGN);
        assertThat(result.canonical()).isEqualTo(number);
        assertThat(result.office()).isEqualTo(office);
        assertThat(result.patentType()).isEqualTo(PatentType.UNKNOWN);
        assertThat(result.filingYear()).isNull();
        assertThat(result.invalidReason()).isNull();
        assertThat(PatentApplicationNumber.isValid(raw)).isFalse();
    }

    @Test
    void dropsByteOrderMarkAndZeroWidthSpace() {
        ParseResult result = PatentApplicationNumber.parse("\uFEFF2017\u200B10601862.3");

        assertThat(result.canonical()).isEqualTo("201710601862.3");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"201710601862, 3", "201920123456, 5", "201910123456, X", "98123456, 9", "99112345, X"})
    void computesCheckCharacter(String digits, char expected) {
        assertThat(PatentApplicationNumber.computeCheckCharacter(digits)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "2017106018", "2017106018623", "20171060186A", "２０１７１０６０１８６２"})
    void computeCheckCharacterRejectsBadDigits(String digits) {
        assertThatThrownBy(() -> PatentApplicationNumber.computeCheckCharacter(digits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(digits);
    }
}
