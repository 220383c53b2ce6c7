package cn.ipfin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, password.missing",
            "'', password.missing",
            "abc123, password.tooShort",
            "abcdefgh, password.lettersAndDigits",
            "12345678, password.lettersAndDigits",
            "密码密码密码密码1, password.lettersAndDigits"})
    void rejectsWeakPasswords(String password, String expectedKey) {
        assertThat(PasswordPolicy.violation(password)).contains(expectedKey);
    }

    @ParameterizedTest
    @CsvSource({"abcdefg1", "Demo#2026", "1234567a"})
    void acceptsPasswordsWithLettersAndDigits(String password) {
        assertThat(PasswordPolicy.violation(password)).isEmpty();
    }
}
