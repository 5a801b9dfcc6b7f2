package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemAppearanceTest {

    @Test
    void gnomeColorSchemeSaysDarkOnlyForPreferDark() {
        assertThat(SystemAppearance.gnomeColorSchemeDark("'prefer-dark'\n")).contains(true);
        assertThat(SystemAppearance.gnomeColorSchemeDark("'default'\n")).contains(false);
        assertThat(SystemAppearance.gnomeColorSchemeDark("'prefer-light'")).contains(false);
        assertThat(SystemAppearance.gnomeColorSchemeDark("No such key “color-scheme”")).isEmpty();
    }

    @Test
    void gtkThemeNamesEndingInDarkAreDark() {
        assertThat(SystemAppearance.gtkThemeDark("Adwaita:dark")).contains(true);
        assertThat(SystemAppearance.gtkThemeDark("'Yaru-dark'\n")).contains(true);
        assertThat(SystemAppearance.gtkThemeDark("Adwaita")).contains(false);
        assertThat(SystemAppearance.gtkThemeDark("Darkish")).contains(false);
        assertThat(SystemAppearance.gtkThemeDark(null)).isEmpty();
        assertThat(SystemAppearance.gtkThemeDark(" ")).isEmpty();
    }

    @Test
    void windowsRegistryValueZeroMeansAppsUseDark() {
        String dark = """

                HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize
                    AppsUseLightTheme    REG_DWORD    0x0
                """;
        assertThat(SystemAppearance.windowsDark(dark)).isEqualTo(Optional.of(true));
        assertThat(SystemAppearance.windowsDark(dark.replace("0x0", "0x1"))).isEqualTo(Optional.of(false));
        assertThat(SystemAppearance.windowsDark("ERROR: The system was unable to find the specified key")).isEmpty();
    }
}
