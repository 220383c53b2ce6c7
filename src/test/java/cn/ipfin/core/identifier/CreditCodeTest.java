package cn.ipfin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @ParameterizedTest
    @CsvSource({
            // The example of GB 32100-2015 as quoted in the product rules.
            "91350100M000100Y43",
            // Worked by hand: 9·1 + 1·3 + 1·9 + 4·27 + 0·19 + 1·26 + 0·16 + 5·17 + M(21)·20 + A(10)·29 + 0·25
            // + K(19)·13 + 1·8 + 0·24 + 0·10 + 0·30 + 1·28 = 1233; 1233 mod 31 = 24; (31 − 24) mod 31 = 7.
            "91140105MA0K100017"})
    void acceptsValidCodes(String code) {
        assertThat(CreditCode.check(code)).isEmpty();
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void computesCheckCharacterOfPublishedExample() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y4Z, INVALID_CHARACTER",
            "91350100M000100Y44, WRONG_CHECK_CHARACTER",
            "91350100M000100Y4, WRONG_LENGTH",
            "91350100M000100Y433, WRONG_LENGTH",
            "91350100I000100Y43, INVALID_CHARACTER",
            "91350100O000100Y43, INVALID_CHARACTER"})
    void rejectsInvalidCodes(String code, CreditCode.Problem expected) {
        assertThat(CreditCode.check(code)).contains(expected);
    }

    @Test
    void rejectsMissingCode() {
        assertThat(CreditCode.check("")).contains(CreditCode.Problem.MISSING);
        assertThat(CreditCode.check(null)).contains(CreditCode.Problem.MISSING);
    }

    @Test
    void normalisesFullWidthSpacesAndCase() {
        assertThat(CreditCode.normalise(" ９１３５０１００ｍ０００１００ｙ４３ ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void constructorRejectsInvalidCode() {
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WRONG_CHECK_CHARACTER");
    }

    @Test
    void letterValuesSkipExcludedLetters() {
        assertThat(CreditCode.ALPHABET).hasSize(31).doesNotContain("I", "O", "S", "V", "Z");
        assertThat(CreditCode.ALPHABET.indexOf('A')).isEqualTo(10);
        assertThat(CreditCode.ALPHABET.indexOf('Y')).isEqualTo(30);
    }
}
