package org.readinglist.ui.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Rows filled with another item show that item's style in the very layout pass that fills them. */
@ExtendWith(ApplicationExtension.class)
class RestyleChangedRowsSkinTest {

    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");

    @TempDir
    static Path dir;

    private TableView<String> table;
    /** A stage of its own, so that the primary one keeps its size for the tests after these. */
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        stage = new Stage();
        table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        name.setPrefWidth(200);
        table.getColumns().add(name);
        table.setFixedCellSize(24);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(MARKED, !empty && item != null && item.startsWith("*"));
            }
        });
        table.setSkin(new RestyleChangedRowsSkin<>(table));
        table.getItems().setAll(items(0));
        Scene scene = new Scene(table, 240, 400);
        Path css = Files.writeString(dir.resolve("marked.css"),
                ".table-row-cell:marked .table-cell { -fx-font-weight: bold; }");
        scene.getStylesheets().add(css.toUri().toString());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeStage(FxRobot robot) {
        robot.interact(stage::close);
    }

    /** Every third item is marked, starting at {@code shift}. */
    private static List<String> items(int shift) {
        List<String> items = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> items.add(((i + shift) % 3 == 0 ? "*" : "") + "item " + i));
        return items;
    }

    @Test
    void aRowShowsItsNewItemsStyleInTheLayoutThatFillsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int shift = 1; shift <= 3; shift++) {
            int current = shift;
            robot.interact(() -> {
                table.getItems().setAll(items(current));
                table.layout(); // one layout, no CSS pass between: what the next frame shows
                assertRowsStyledAsTheirItems();
            });
        }
    }

    @Test
    void rowsKeepTheirStyleWhenTheirItemsStyleDoesNotChange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            table.getItems().setAll(items(3)); // the same marks, other items
            table.layout();
            assertRowsStyledAsTheirItems();
        });
    }

    @Test
    void oneLayoutShowsTheNewItemsWhateverTheirCountAndLeavesNoRowWithAnOldOne(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> longList = items(1);
        List<String> sameHead = new ArrayList<>(longList.subList(0, 6));
        sameHead.addAll(items(2).subList(6, 40));
        List<List<String>> lists = List.of(longList.subList(0, 5), List.of(), items(2), sameHead, longList,
                longList.subList(0, 1), items(0));
        for (List<String> list : lists) {
            robot.interact(() -> {
                table.getItems().setAll(list);
                table.layout();
                assertRowsShow(list, 0);
            });
        }
    }

    @Test
    void aScrolledTableShowsTheNewItemsWhereItWasOrFromTheTopWhenTheyAreFewer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            table.scrollTo(120);
            table.layout();
            table.getItems().setAll(items(1));
            table.layout();
            assertRowsShow(items(1), 120);
            table.getItems().setAll(items(2).subList(0, 8));
            table.layout();
            assertRowsShow(items(2).subList(0, 8), 0);
        });
    }

    /**
     * The rows on screen show {@code items} from {@code first} on, each cell its row's item, and the rows below the
     * last item are empty, as are the rows kept off screen: no row holds an item it no longer shows.
     */
    private void assertRowsShow(List<String> items, int first) {
        List<TableRow<?>> rows = table.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(node -> (TableRow<?>) node)
                .toList();
        List<Integer> filled = rows.stream().filter(row -> row.isVisible() && row.getItem() != null)
                .map(TableRow::getIndex).sorted().toList();
        int fits = (int) (table.getHeight() / table.getFixedCellSize()) - 2;
        List<Integer> expected = IntStream.range(first, Math.min(items.size(), first + fits)).boxed().toList();
        assertThat(filled).as("the filled rows on screen for %d items", items.size()).containsAll(expected);
        for (TableRow<?> row : rows) {
            TableCell<?, ?> cell = (TableCell<?, ?>) row.lookup(".table-cell");
            if (row.isVisible() && row.getIndex() >= 0 && row.getIndex() < items.size()) {
                String item = items.get(row.getIndex());
                assertThat(row.getItem()).as("the row at %d", row.getIndex()).isEqualTo(item);
                assertThat(cell.getText()).as("the cell of the row at %d", row.getIndex()).isEqualTo(item);
            } else {
                assertThat(row.getItem()).as("an empty row, at %d, of %d", row.getIndex(), items.size()).isNull();
                assertThat(cell == null || cell.getText() == null || cell.getText().isEmpty())
                        .as("the cell of an empty row, at %d", row.getIndex()).isTrue();
            }
        }
    }

    private void assertRowsStyledAsTheirItems() {
        List<TableCell<?, ?>> cells = table.lookupAll(".table-row-cell").stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> row.isVisible() && row.getItem() != null)
                .flatMap(row -> row.lookupAll(".table-cell").stream())
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .toList();
        assertThat(cells).hasSizeGreaterThan(10);
        for (TableCell<?, ?> cell : cells) {
            String item = (String) cell.getTableRow().getItem();
            FontWeight expected = item.startsWith("*") ? FontWeight.BOLD : FontWeight.NORMAL;
            assertThat(weight(cell)).as("the font of the row showing %s", item).isEqualTo(expected);
        }
    }

    private static FontWeight weight(TableCell<?, ?> cell) {
        return cell.getFont().getStyle().toLowerCase().contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }
}
