package org.readinglist.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language's bundle has the English keys, each with a text that MessageFormat reads like the English one. */
class MessagesBundleTest {

    private static final Path FOLDER = Path.of("src/main/resources/org/readinglist/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Properties read(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<Integer> argumentIndices(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }

    @Test
    void germanHasExactlyTheEnglishKeys() throws IOException {
        assertThat(read("messages_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(read("messages.properties").stringPropertyNames());
    }

    @Test
    void everyLanguageOfferedHasABundleWithEveryKey() throws IOException {
        Set<String> english = read("messages.properties").stringPropertyNames();
        for (Locale language : Messages.LANGUAGES) {
            if (!language.getLanguage().equals("en")) {
                assertThat(read("messages_" + language.getLanguage() + ".properties").stringPropertyNames())
                        .as(language.toString()).containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void englishBundleForEnglishUsersIsEmptySoTheBaseBundleApplies() throws IOException {
        assertThat(read("messages_en.properties")).isEmpty();
        assertThat(Messages.of(Locale.US).get("menu.file")).isEqualTo("_File");
        assertThat(Messages.of(Locale.GERMANY).get("menu.file")).isEqualTo("_Datei");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties texts = read(file);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void germanPatternsParseAndUseTheSameArgumentsAsEnglish() throws IOException {
        Properties english = read("messages.properties");
        Properties german = read("messages_de.properties");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String de = german.getProperty(key);
            assertThatCode(() -> new MessageFormat(en, Locale.ENGLISH)).as("en " + key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(de, Locale.GERMAN)).as("de " + key).doesNotThrowAnyException();
            assertThat(argumentIndices(de)).as(key).isEqualTo(argumentIndices(en));
            Object[] arguments = new Object[argumentIndices(en).size()];
            Arrays.fill(arguments, 2);
            assertThatCode(() -> Messages.of(Locale.GERMAN).format(key, arguments)).as("de " + key)
                    .doesNotThrowAnyException();
        }
    }

    /** MessageFormat drops a lone apostrophe; a text meant to show one must write it twice. */
    @Test
    void noTextHasALoneApostrophe() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties texts = read(file);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void pluralsAndNumbersFollowTheLanguage() {
        Messages english = Messages.of(Locale.US);
        Messages german = Messages.of(Locale.GERMANY);

        assertThat(english.format("status.line", 1234, 5000, 1, 35))
                .isEqualTo("Showing 1,234 of 5,000 · 1 read · 35 min unread");
        assertThat(german.format("status.line", 1234, 5000, 1, 35))
                .isEqualTo("1.234 von 5.000 angezeigt · 1 gelesen · 35 Min. ungelesen");
        assertThat(english.format("tags.hidden", 1)).startsWith("1 more tag is not shown");
        assertThat(english.format("tags.hidden", 2)).startsWith("2 more tags are not shown");
        assertThat(german.format("tags.hidden", 1)).startsWith("1 weiteres Tag wird");
        assertThat(german.format("tags.hidden", 2)).startsWith("2 weitere Tags werden");
        assertThat(english.format("table.row.unread", "T", "Netflix", 1)).isEqualTo("Unread. T. Netflix. 1 minute");
        assertThat(english.format("table.row.read", "T", "Netflix", 5)).isEqualTo("Read. T. Netflix. 5 minutes");
    }
}
