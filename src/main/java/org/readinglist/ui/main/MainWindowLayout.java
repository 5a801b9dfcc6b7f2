package org.readinglist.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.readinglist.logic.WindowPlacer;
import org.readinglist.ui.state.LayoutMemory;
import org.readinglist.ui.util.UserDrags;

/**
 * Puts the main window and its split pane where the user left them and hands every later change to the layout
 * memory. Only glue: what to restore and what to keep is decided there.
 */
public final class MainWindowLayout {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final LayoutMemory memory;
    private final List<Runnable> detachers = new ArrayList<>();

    public MainWindowLayout(LayoutMemory memory) {
        this.memory = memory;
    }

    /** Sizes and places the stage and the dividers as saved; call before the stage is shown. */
    public void restore(Stage stage, SplitPane split) {
        List<WindowPlacer.Area> screens = Screen.getScreens().stream()
                .map(screen -> area(screen.getVisualBounds())).toList();
        memory.placement(screens, area(Screen.getPrimary().getVisualBounds())).ifPresentOrElse(placement -> {
            stage.setMaximized(false);
            stage.setX(placement.x());
            stage.setY(placement.y());
            stage.setWidth(placement.width());
            stage.setHeight(placement.height());
            stage.setMaximized(placement.maximized());
        }, () -> {
            stage.setMaximized(false);
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
        });
        memory.dividers(split.getDividers().size()).ifPresent(split::setDividerPositions);
    }

    /** From now on every move, resize and divider drag is remembered, until {@link #detach()}. */
    public void remember(Stage stage, SplitPane split) {
        InvalidationListener window = obs -> memory.rememberWindow(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized(), stage.isIconified());
        listen(window, stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty(), stage.iconifiedProperty());
        // the split pane also moves its dividers itself, on the first layout and when the window is resized
        Supplier<List<Double>> positions = () -> split.getDividers().stream().map(SplitPane.Divider::getPosition)
                .toList();
        InvalidationListener dividers = obs -> memory.rememberDividers(positions.get(), false);
        split.getDividers().forEach(divider -> listen(dividers, divider.positionProperty()));
        detachers.add(UserDrags.whenChangedByMouse(split, positions,
                now -> memory.rememberDividers(now, true)));
    }

    /** Stops listening: the stage outlives the window's content when a test opens a new instance on it. */
    public void detach() {
        detachers.forEach(Runnable::run);
        detachers.clear();
    }

    private void listen(InvalidationListener listener, Observable... observables) {
        for (Observable observable : observables) {
            observable.addListener(listener);
            detachers.add(() -> observable.removeListener(listener));
        }
    }

    private static WindowPlacer.Area area(Rectangle2D bounds) {
        return new WindowPlacer.Area(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
