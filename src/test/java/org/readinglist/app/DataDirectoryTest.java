package org.readinglist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";
    private static final String MAC = "Mac OS X";

    /** An absolute home folder on whatever platform runs the tests. */
    private final Path home = Path.of("").toAbsolutePath().resolve("home-ann");
    private final Path elsewhere = Path.of("").toAbsolutePath().resolve("elsewhere");

    @Test
    void optionWinsOverEnvironmentAndDefault() {
        Path option = elsewhere.resolve("from-option");
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, elsewhere.resolve("from-env").toString(),
                "XDG_DATA_HOME", elsewhere.resolve("xdg").toString());

        assertEquals(option, DataDirectory.resolve(Optional.of(option), env, LINUX, home));
    }

    @Test
    void relativeOptionIsMadeAbsolute() {
        Path resolved = DataDirectory.resolve(Optional.of(Path.of("marks")), Map.of(), LINUX, home);

        assertTrue(resolved.isAbsolute());
        assertEquals(Path.of("marks").toAbsolutePath(), resolved);
    }

    @Test
    void environmentVariableWinsOverPlatformDefault() {
        Path fromEnv = elsewhere.resolve("from-env");
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, fromEnv.toString(),
                "XDG_DATA_HOME", elsewhere.resolve("xdg").toString(), "APPDATA", elsewhere.resolve("appdata").toString());

        assertEquals(fromEnv, DataDirectory.resolve(Optional.empty(), env, LINUX, home));
        assertEquals(fromEnv, DataDirectory.resolve(Optional.empty(), env, WINDOWS, home));
        assertEquals(fromEnv, DataDirectory.resolve(Optional.empty(), env, MAC, home));
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        assertEquals(home.resolve(".local/share/reading-list"),
                DataDirectory.resolve(Optional.empty(), Map.of(DataDirectory.ENV_VARIABLE, "  "), LINUX, home));
    }

    @Test
    void linuxDefaultIsUnderLocalShare() {
        assertEquals(home.resolve(".local").resolve("share").resolve("reading-list"),
                DataDirectory.resolve(Optional.empty(), Map.of(), LINUX, home));
    }

    @Test
    void linuxHonoursAnAbsoluteXdgDataHome() {
        Path xdg = elsewhere.resolve("xdg-data");

        assertEquals(xdg.resolve("reading-list"),
                DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", xdg.toString()), LINUX, home));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        assertEquals(home.resolve(".local").resolve("share").resolve("reading-list"),
                DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/data"), LINUX, home));
    }

    @Test
    void linuxIgnoresABlankXdgDataHome() {
        assertEquals(home.resolve(".local").resolve("share").resolve("reading-list"),
                DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", ""), LINUX, home));
    }

    @Test
    void windowsUsesAppDataReadingList() {
        String appData = elsewhere.resolve("AppData").resolve("Roaming").toString();

        assertEquals(Path.of(appData).resolve("Reading List"),
                DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", appData), WINDOWS, home));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderInHome() {
        assertEquals(home.resolve("AppData").resolve("Roaming").resolve("Reading List"),
                DataDirectory.resolve(Optional.empty(), Map.of(), WINDOWS, home));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        String appData = elsewhere.resolve("appdata").toString();
        Map<String, String> env = Map.of("APPDATA", appData, "XDG_DATA_HOME", elsewhere.resolve("xdg").toString());

        assertEquals(Path.of(appData).resolve("Reading List"),
                DataDirectory.resolve(Optional.empty(), env, WINDOWS, home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library").resolve("Application Support").resolve("Reading List"),
                DataDirectory.resolve(Optional.empty(), Map.of(), MAC, home));
    }

    @Test
    void macIgnoresXdgDataHome() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", elsewhere.resolve("xdg").toString());

        assertEquals(home.resolve("Library").resolve("Application Support").resolve("Reading List"),
                DataDirectory.resolve(Optional.empty(), env, MAC, home));
    }
}
