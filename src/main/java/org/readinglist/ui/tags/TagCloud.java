package org.readinglist.ui.tags;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.MenuItem;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A flowing cloud of tags. Each tag is a focusable button (Tab moves between them, Space or Enter toggles);
 * its size, selection and dimming come from the item through CSS classes and pseudo-classes.
 */
public class TagCloud extends Control {

    private final ObjectProperty<ObservableList<TagCloudItem>> items =
            new SimpleObjectProperty<>(this, "items", FXCollections.observableArrayList());
    private final ObjectProperty<Consumer<String>> onToggle = new SimpleObjectProperty<>(this, "onToggle");
    private final ObjectProperty<Function<String, List<MenuItem>>> menuItems =
            new SimpleObjectProperty<>(this, "menuItems");

    public TagCloud() {
        getStyleClass().add("tag-cloud");
        setFocusTraversable(false);
    }

    public final ObjectProperty<ObservableList<TagCloudItem>> itemsProperty() {
        return items;
    }

    public final ObservableList<TagCloudItem> getItems() {
        return items.get();
    }

    public final void setItems(ObservableList<TagCloudItem> value) {
        items.set(value);
    }

    /** Called with the tag's name when the user clicks it or presses Space/Enter on it. */
    public final ObjectProperty<Consumer<String>> onToggleProperty() {
        return onToggle;
    }

    public final Consumer<String> getOnToggle() {
        return onToggle.get();
    }

    public final void setOnToggle(Consumer<String> value) {
        onToggle.set(value);
    }

    /** Makes the items of a tag's context menu (right click, or the menu key on a focused tag). */
    public final ObjectProperty<Function<String, List<MenuItem>>> menuItemsProperty() {
        return menuItems;
    }

    public final Function<String, List<MenuItem>> getMenuItems() {
        return menuItems.get();
    }

    public final void setMenuItems(Function<String, List<MenuItem>> value) {
        menuItems.set(value);
    }

    /** The cloud wraps, so its height depends on the width it gets (a scroll pane asks for it that way). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TagCloudSkin(this);
    }
}
