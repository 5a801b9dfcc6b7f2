package org.readinglist.ui.help;

import java.nio.file.Path;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.util.LinkOpener;

/** Help ▸ About: the version and where the read marks and preferences are kept. */
public final class AboutViewModel {

    private final Messages messages;
    private final String version;
    private final Path dataDir;
    private final LinkOpener linkOpener;

    public AboutViewModel(Messages messages, String version, Path dataDir, LinkOpener linkOpener) {
        this.messages = messages;
        this.version = version;
        this.dataDir = dataDir;
        this.linkOpener = linkOpener;
    }

    public String versionText() {
        return messages.format("about.version", version);
    }

    public String dataFolderText() {
        return dataDir.toAbsolutePath().toString();
    }

    public void openDataFolder() {
        linkOpener.open(dataDir.toAbsolutePath().toUri());
    }
}
