package org.readinglist.ui.tags;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;

/**
 * Lays the tags out in a {@link FlowPane}. Buttons are kept per tag name and updated in place, so a click that
 * changes every count keeps keyboard focus on the tag that was clicked.
 */
public class TagCloudSkin extends SkinBase<TagCloud> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final FlowPane flow = new FlowPane();
    private final Map<String, Button> buttons = new HashMap<>();
    private final ListChangeListener<TagCloudItem> itemsListener = change -> update();

    public TagCloudSkin(TagCloud control) {
        super(control);
        flow.getStyleClass().add("tag-flow");
        getChildren().add(flow);
        registerChangeListener(control.itemsProperty(), obs -> {
            // re-attach the list listener when the list itself is replaced
            ObservableList<TagCloudItem> previous = lastItems;
            if (previous != null) {
                previous.removeListener(itemsListener);
            }
            attach();
        });
        attach();
    }

    private ObservableList<TagCloudItem> lastItems;

    private void attach() {
        lastItems = getSkinnable().getItems();
        if (lastItems != null) {
            lastItems.addListener(itemsListener);
        }
        update();
    }

    private void update() {
        List<TagCloudItem> items = lastItems == null ? List.of() : List.copyOf(lastItems);
        boolean sameTags = items.size() == flow.getChildren().size()
                && items.stream().allMatch(item -> buttons.containsKey(item.name()));
        if (!sameTags) {
            buttons.clear();
            flow.getChildren().clear();
            for (TagCloudItem item : items) {
                Button button = createButton(item.name());
                buttons.put(item.name(), button);
                flow.getChildren().add(button);
            }
        }
        for (TagCloudItem item : items) {
            apply(buttons.get(item.name()), item);
        }
    }

    private Button createButton(String tag) {
        Button button = new Button();
        button.getStyleClass().setAll("tag");
        button.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        button.setMnemonicParsing(false);
        button.setUserData(tag);
        // a long tag in a narrow pane is shortened with an ellipsis rather than cut off
        button.maxWidthProperty().bind(flow.widthProperty().subtract(flow.getInsets().getLeft()
                + flow.getInsets().getRight() + 2));
        button.setOnAction(event -> {
            Consumer<String> onToggle = getSkinnable().getOnToggle();
            if (onToggle != null) {
                onToggle.accept(tag);
            }
        });
        return button;
    }

    private static void apply(Button button, TagCloudItem item) {
        button.setText(item.name() + "  " + item.count());
        button.getStyleClass().removeIf(style -> style.startsWith("tag-size-"));
        button.getStyleClass().add("tag-size-" + item.size());
        button.pseudoClassStateChanged(SELECTED, item.selected());
        button.pseudoClassStateChanged(DIMMED, item.dimmed());
        button.setAccessibleText(item.accessibleText());
    }

    /** The flow wraps at the width it is given, so its height must be asked for that width. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + flow.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    public void dispose() {
        if (lastItems != null) {
            lastItems.removeListener(itemsListener);
        }
        super.dispose();
    }
}
