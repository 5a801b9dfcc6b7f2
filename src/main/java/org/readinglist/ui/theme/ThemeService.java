package org.readinglist.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.readinglist.model.ThemeChoice;

/**
 * Light or dark: AtlantaFX's Primer themes as the base stylesheet, chosen by the user or by the operating system.
 * The app's own stylesheet only names the theme's colours, so it follows either.
 */
public final class ThemeService {

    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final BooleanProperty systemDark = new SimpleBooleanProperty();
    private final BooleanBinding dark;
    private final Consumer<String> baseStylesheet;

    /** @param baseStylesheet sets the stylesheet every window starts from (the application's user-agent sheet) */
    public ThemeService(ThemeChoice initial, boolean systemDarkAtStart, Consumer<String> baseStylesheet) {
        this.baseStylesheet = baseStylesheet;
        choice.set(initial);
        systemDark.set(systemDarkAtStart);
        dark = Bindings.createBooleanBinding(
                () -> choice.get() == ThemeChoice.DARK || choice.get() == ThemeChoice.SYSTEM && systemDark.get(),
                choice, systemDark);
        dark.addListener((obs, was, now) -> apply());
        apply();
    }

    /** What the user picked in View ▸ Theme. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Whether the operating system is in dark mode, as last seen. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    public BooleanBinding darkProperty() {
        return dark;
    }

    private void apply() {
        baseStylesheet.accept(dark.get() ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
