package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImportMessagesTest {

    @ParameterizedTest(name = "{0} in {1}")
    @EnumSource(ImportProblem.class)
    void keyExistsInBothBundles(ImportProblem problem) throws IOException {
        assertThat(bundle("messages.properties")).containsKey(problem.messageKey());
        assertThat(bundle("messages_en.properties")).containsKey(problem.messageKey());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void messagesFormatWithArguments(String bundleName) throws IOException {
        Properties bundle = bundle(bundleName);
        for (ImportProblem problem : ImportProblem.values()) {
            String message = new MessageFormat(bundle.getProperty(problem.messageKey()), Locale.ROOT)
                    .format(new Object[] {"A", "B", "C"});

            assertThat(message).as(problem.messageKey()).isNotBlank().doesNotContain("{", "}");
        }
    }

    @Test
    void checkDigitMessageInChinese() throws IOException {
        RowError error = new RowError(3, "申请号", ImportProblem.NUMBER_CHECK_DIGIT,
                List.of("申请号", "201910123456.7", "X"));

        String message = MessageFormat.format(bundle("messages.properties").getProperty(error.messageKey()),
                error.arguments().toArray());

        assertThat(message).isEqualTo("申请号“201910123456.7”的校验位应为 X，请核对后重新导入。");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
