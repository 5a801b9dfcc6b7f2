package org.readinglist.ui.util;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Tells whether anything that decides the CSS of a node or of its descendants is not as it was at the last
 * {@link #clear()}: a pseudo-class, a style class, an inline style, an id, or a node added to the subtree.
 *
 * <p>A pseudo-class that is switched off and on again, as a table cell's {@code :empty} is while the cell is
 * filled anew, leaves the subtree as it was, and so does a node taken out and put back in the same place. Nodes
 * added later are watched too. The watch holds the nodes it watches only weakly, so a removed node can be
 * collected.
 */
public final class StyleWatch {

    private final Set<Node> watched = Collections.newSetFromMap(new WeakHashMap<>());
    /** The pseudo-classes each node had at the last clear, for the nodes whose pseudo-classes changed since. */
    private final Map<Node, Set<PseudoClass>> pseudoClassesBefore = new IdentityHashMap<>();
    private boolean changedForGood = true;

    private final InvalidationListener valueListener = observable -> changedForGood = true;
    private final ListChangeListener<String> styleClassListener = change -> changedForGood = true;
    private final ListChangeListener<Node> childrenListener = this::childrenChanged;

    /** Watches {@code root} and everything below it; a new watch tells that the subtree changed. */
    public StyleWatch(Node root) {
        watch(root);
    }

    /** Whether the subtree's CSS may be out of date: it is not as it was at the last {@link #clear()}. */
    public boolean changed() {
        if (changedForGood) {
            return true;
        }
        for (Map.Entry<Node, Set<PseudoClass>> before : pseudoClassesBefore.entrySet()) {
            Set<PseudoClass> now = before.getKey().getPseudoClassStates();
            if (now.size() != before.getValue().size() || !before.getValue().containsAll(now)) {
                return true;
            }
        }
        return false;
    }

    /** Called once the subtree's CSS has been brought up to date. */
    public void clear() {
        changedForGood = false;
        pseudoClassesBefore.clear();
    }

    private void watch(Node node) {
        if (!watched.add(node)) {
            return;
        }
        ObservableSet<PseudoClass> pseudoClasses = node.getPseudoClassStates();
        pseudoClasses.addListener((SetChangeListener<PseudoClass>) change -> {
            if (!pseudoClassesBefore.containsKey(node)) {
                Set<PseudoClass> before = new HashSet<>(pseudoClasses);
                if (change.wasAdded()) {
                    before.remove(change.getElementAdded());
                }
                if (change.wasRemoved()) {
                    before.add(change.getElementRemoved());
                }
                pseudoClassesBefore.put(node, before);
            }
        });
        node.getStyleClass().addListener(styleClassListener);
        node.styleProperty().addListener(valueListener);
        node.idProperty().addListener(valueListener);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().addListener(childrenListener);
            parent.getChildrenUnmodifiable().forEach(this::watch);
        }
    }

    private void childrenChanged(ListChangeListener.Change<? extends Node> change) {
        Set<Node> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> added = Collections.newSetFromMap(new IdentityHashMap<>());
        while (change.next()) {
            removed.addAll(change.getRemoved());
            added.addAll(change.getAddedSubList());
        }
        // a node's style follows from its ancestors, not from its siblings: only a node new to this parent counts
        for (Node node : added) {
            watch(node);
            if (!removed.contains(node)) {
                changedForGood = true;
            }
        }
    }
}
