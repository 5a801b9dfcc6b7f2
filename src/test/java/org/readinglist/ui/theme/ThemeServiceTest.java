package org.readinglist.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readinglist.model.ThemeChoice;

class ThemeServiceTest {

    private final List<String> applied = new ArrayList<>();

    @Test
    void systemFollowsTheOperatingSystemAsItChanges() {
        ThemeService theme = new ThemeService(ThemeChoice.SYSTEM, false, applied::add);
        assertThat(last()).contains("primer-light");

        theme.systemDarkProperty().set(true);
        assertThat(last()).contains("primer-dark");
        assertThat(theme.darkProperty().get()).isTrue();
    }

    @Test
    void anExplicitChoiceIgnoresTheOperatingSystem() {
        ThemeService theme = new ThemeService(ThemeChoice.LIGHT, true, applied::add);
        assertThat(last()).contains("primer-light");

        theme.choiceProperty().set(ThemeChoice.DARK);
        assertThat(last()).contains("primer-dark");
        theme.systemDarkProperty().set(false);
        assertThat(last()).contains("primer-dark");
        assertThat(applied).hasSize(2); // nothing re-applied when the effective scheme stays
    }

    @Test
    void startsInTheSchemeLastSeenSoThereIsNoFlashOfLight() {
        new ThemeService(ThemeChoice.SYSTEM, true, applied::add);
        assertThat(applied).hasSize(1);
        assertThat(last()).contains("primer-dark");
    }

    private String last() {
        return applied.get(applied.size() - 1);
    }
}
