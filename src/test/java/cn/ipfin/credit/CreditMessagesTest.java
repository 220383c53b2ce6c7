package cn.ipfin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The credit section of both message bundles: the same keys, and patterns that format. */
class CreditMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CreditMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> creditKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("credit.")).forEach(keys::add);
        return keys;
    }

    @Test
    void bothBundlesHaveSameKeys() throws IOException {
        Set<String> chinese = creditKeys(load("messages.properties"));
        Set<String> english = creditKeys(load("messages_en.properties"));

        assertThat(chinese).isNotEmpty();
        assertThat(english).isEqualTo(chinese);
    }

    @Test
    void everyPatternFormats() throws IOException {
        Object[] arguments = {new BigDecimal("0.25"), new BigDecimal("50000.00"), new BigDecimal("0.05"), 40, 10};
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            for (String key : creditKeys(properties)) {
                String pattern = properties.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT).format(arguments))
                        .as("%s in %s", key, file)
                        .doesNotThrowAnyException();
            }
        }
    }
}
