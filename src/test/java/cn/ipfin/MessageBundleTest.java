package cn.ipfin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the two languages complete: both bundles have the same keys, every literal {@code #{key}} in a
 * template exists, and no template shows user text that bypasses the bundles.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("th:(?:text|placeholder|aria-label|title)=\"([^\"]*)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());

        assertThat(english).as("keys missing in messages_en.properties")
                .containsAll(chinese);
        assertThat(chinese).as("keys missing in messages.properties")
                .containsAll(english);
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> repeated = new TreeSet<>();
            Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .forEach(key -> {
                        if (!seen.add(key)) {
                            repeated.add(key);
                        }
                    });

            assertThat(repeated).as("keys defined twice in " + bundle).isEmpty();
        }
    }

    @Test
    void templateKeysExist() throws IOException {
        Properties chinese = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!chinese.containsKey(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoChineseTextOutsideBundles() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher attributes = TEXT_ATTRIBUTE.matcher(html);
            while (attributes.find()) {
                String expression = attributes.group(1).replaceAll("#\\{[^}]*}", "").replaceAll("'[^']*'", "");
                if (HAN.matcher(expression).find()) {
                    literals.add(template.getFileName() + ": " + attributes.group(1));
                }
            }
            String visibleText = html.replaceAll("(?s)<[^>]*>", "\n");
            visibleText.lines().map(String::strip).filter(line -> HAN.matcher(line).find())
                    .filter(line -> !line.equals("中文"))
                    .forEach(line -> literals.add(template.getFileName() + ": " + line));
        }

        assertThat(literals).isEmpty();
    }

    private static Set<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return new TreeSet<>(files.filter(path -> path.toString().endsWith(".html")).toList());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
