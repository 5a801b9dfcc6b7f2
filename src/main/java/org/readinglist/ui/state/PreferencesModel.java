package org.readinglist.ui.state;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.readinglist.model.Preferences;

/** The preferences as they are now; every change is handed to the saver. Lives on the JavaFX thread. */
public final class PreferencesModel {

    private final ReadOnlyObjectWrapper<Preferences> current;
    private final Consumer<Preferences> saver;

    public PreferencesModel(Preferences initial, Consumer<Preferences> saver) {
        this.current = new ReadOnlyObjectWrapper<>(initial);
        this.saver = saver;
    }

    public Preferences get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Preferences> preferencesProperty() {
        return current.getReadOnlyProperty();
    }

    public void update(UnaryOperator<Preferences> change) {
        Preferences next = change.apply(current.get());
        if (!next.equals(current.get())) {
            current.set(next);
            saver.accept(next);
        }
    }
}
