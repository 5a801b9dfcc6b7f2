package org.readinglist.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No FXML file shows a text of its own: every text is a %key of the message bundle. */
class FxmlTextsTest {

    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(text|promptText|accessibleText|accessibleHelp|title|headerText|contentText)\\s*=\\s*\"([^\"]*)\"");
    /** Language names are written in their own language, whatever the user's language is. */
    private static final Set<String> ALLOWED_LITERALS = Set.of("English", "Deutsch");

    @Test
    void everyTextAttributeIsABundleKeyThatExists() throws Exception {
        Properties english = MessagesBundleTest.read("messages.properties");
        List<Path> files;
        try (Stream<Path> fxml = Files.list(Path.of("src/main/resources/fxml"))) {
            files = fxml.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<String> literals = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path file : files) {
            Matcher attribute = TEXT_ATTRIBUTE.matcher(Files.readString(file));
            while (attribute.find()) {
                String value = attribute.group(2);
                String where = file.getFileName() + ": " + attribute.group(1) + "=\"" + value + "\"";
                if (value.startsWith("%")) {
                    keys++;
                    if (!english.containsKey(value.substring(1))) {
                        missing.add(where);
                    }
                } else if (!ALLOWED_LITERALS.contains(value) && value.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(where);
                }
            }
        }
        assertThat(literals).as("texts written into FXML instead of the bundle").isEmpty();
        assertThat(missing).as("keys not in messages.properties").isEmpty();
        assertThat(keys).isGreaterThan(50);
    }
}
