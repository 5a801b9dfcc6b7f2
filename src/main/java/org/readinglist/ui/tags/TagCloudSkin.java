package org.readinglist.ui.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import java.util.function.Function;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;

/**
 * Lays the tags out in a {@link FlowPane}. Buttons are kept per tag name and updated in place, so a click that
 * changes every count keeps keyboard focus on the tag that was clicked, and narrowing the cloud creates buttons only
 * for the tags that come into view.
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
        // the flow would ask for the width of its widest tag, and each tag's maximum follows the flow's width: with a
        // tag wider than the pane the two hold each other up. The flow takes the width it is given; long tags shrink.
        flow.setMinWidth(0);
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
        Map<String, Button> next = new HashMap<>(items.size() * 2);
        List<Button> order = new ArrayList<>(items.size());
        for (TagCloudItem item : items) {
            Button button = buttons.get(item.name());
            if (button == null) {
                button = createButton(item.name());
            }
            apply(button, item);
            next.put(item.name(), button);
            order.add(button);
        }
        List<Node> leaving = new ArrayList<>();
        for (Button button : buttons.values()) {
            if (next.get((String) button.getUserData()) != button) {
                leaving.add(button);
            }
        }
        buttons.clear();
        buttons.putAll(next);
        place(order, leaving);
    }

    /**
     * Puts the buttons into the flow in this order. Buttons that stay are not taken out and put back, because a node
     * that is added again has all of its CSS applied again, which is what makes narrowing the cloud slow.
     */
    private void place(List<Button> order, List<Node> leaving) {
        ObservableList<Node> children = flow.getChildren();
        if (children.equals(order)) {
            return;
        }
        children.removeAll(leaving);
        Set<Node> staying = new HashSet<>(children);
        List<Button> stayingInOrder = order.stream().filter(staying::contains).toList();
        if (!children.equals(stayingInOrder)) {
            children.setAll(order);
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            if (i >= children.size() || children.get(i) != order.get(i)) {
                children.add(i, order.get(i));
            }
        }
    }

    private Button createButton(String tag) {
        Button button = new Button();
        button.getStyleClass().setAll("tag");
        button.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        button.setMnemonicParsing(false);
        button.setUserData(tag);
        // a long tag in a narrow pane is shortened in the middle rather than cut off: its start and its count stay
        button.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        button.maxWidthProperty().bind(flow.widthProperty().subtract(flow.getInsets().getLeft()
                + flow.getInsets().getRight() + 2));
        button.setOnAction(event -> {
            Consumer<String> onToggle = getSkinnable().getOnToggle();
            if (onToggle != null) {
                onToggle.accept(tag);
            }
        });
        button.setOnContextMenuRequested(event -> {
            Function<String, List<MenuItem>> items = getSkinnable().getMenuItems();
            if (items != null) {
                ContextMenu menu = new ContextMenu();
                menu.getItems().setAll(items.apply(tag));
                menu.show(button, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        return button;
    }

    private static void apply(Button button, TagCloudItem item) {
        button.setText(item.name() + "  " + item.count());
        String size = "tag-size-" + item.size();
        if (!button.getStyleClass().contains(size)) { // a changed style class makes the button's CSS apply again
            button.getStyleClass().removeIf(style -> style.startsWith("tag-size-"));
            button.getStyleClass().add(size);
        }
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
