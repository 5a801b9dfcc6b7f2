package org.readinglist.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.DeferredTaskExecutor;
import org.readinglist.ui.RecordingDialogs;
import org.readinglist.ui.TestStates;

/** Links pasted or dropped on the window open the editor to add their article. */
class LinkIntakeTest {

    @TempDir
    Path folder;

    private final TestStates states = new TestStates();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DeferredTaskExecutor background = new DeferredTaskExecutor();
    private final LinkIntake links = new LinkIntake(dialogs, background, states.notifier, Messages.of(Locale.US));

    @Test
    void aPastedLinkOpensTheEditorWithIt() {
        links.paste(List.of("https://example.com/post", "https://example.com/post"));

        assertThat(dialogs.opened).containsExactly("add https://example.com/post");
    }

    @Test
    void pastingTextWithoutALinkSaysSo() {
        links.paste(List.of("a shopping list"));
        links.paste(List.of());

        assertThat(dialogs.opened).isEmpty();
        assertThat(states.infos).containsExactly("The clipboard holds no web address to add.",
                "The clipboard holds no web address to add.");
    }

    @Test
    void aDroppedBrowserLinkOpensTheEditor() {
        links.drop(List.of("https://example.com/dragged"), List.of());

        assertThat(dialogs.opened).containsExactly("add https://example.com/dragged");
    }

    @Test
    void aDroppedLinkFileIsReadInTheBackground() throws Exception {
        Path file = Files.writeString(folder.resolve("Post.url"), "[InternetShortcut]\nURL=https://example.com/f\n");
        assertThat(links.accepts(false, List.of(file))).isTrue();

        links.drop(List.of(), List.of(file));
        assertThat(dialogs.opened).isEmpty();
        background.runAll();

        assertThat(dialogs.opened).containsExactly("add https://example.com/f");
    }

    @Test
    void dropsWithoutALinkAreRefusedOrSaidToHaveNone() throws Exception {
        Path photo = Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});
        Path empty = Files.writeString(folder.resolve("empty.desktop"), "[Desktop Entry]\nType=Application\n");

        assertThat(links.accepts(false, List.of(photo))).isFalse();
        links.drop(List.of(), List.of(empty));
        background.runAll();

        assertThat(dialogs.opened).isEmpty();
        assertThat(states.infos).containsExactly("What was dropped holds no web address to add.");
    }
}
