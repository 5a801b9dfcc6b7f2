package org.readinglist.ui.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.readinglist.model.ColumnLayout;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.util.UserDrags;

/** The sortable, multi-select article table. */
public final class ArticleTableView {

    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

    private final ArticleTableViewModel viewModel;
    private boolean showingInitialSort;
    private final ObservableList<ArticleRow> selectionBeforeRefresh = FXCollections.observableArrayList();
    private boolean refreshing;
    private List<TableColumn<ArticleRow, ?>> columnsByDefault = List.of();

    @FXML
    private TableView<ArticleRow> table;
    @FXML
    private TableColumn<ArticleRow, Boolean> readColumn;
    @FXML
    private TableColumn<ArticleRow, String> titleColumn;
    @FXML
    private TableColumn<ArticleRow, String> companyColumn;
    @FXML
    private TableColumn<ArticleRow, String> tagsColumn;
    @FXML
    private TableColumn<ArticleRow, LocalDate> publishedColumn;
    @FXML
    private TableColumn<ArticleRow, Integer> readTimeColumn;
    @FXML
    private VBox placeholder;
    @FXML
    private Label placeholderLabel;
    @FXML
    private ProgressBar loadProgressBar;
    @FXML
    private Button clearFiltersButton;
    @FXML
    private MenuItem markReadItem;
    @FXML
    private MenuItem markUnreadItem;
    @FXML
    private ContextMenu rowMenu;

    public ArticleTableView(ArticleTableViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        configureColumns();
        restoreColumnLayout(); // before the sort order, which must not lose its columns
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(view -> new ArticleTableRow());
        table.setSkin(new RestyleChangedRowsSkin<>(table));
        ObservableList<ArticleRow> rows = viewModel.rows();
        // Listeners run in the order they were added: this one before the table's, restoreSelection after it.
        rows.addListener((ListChangeListener<ArticleRow>) change -> refreshing = true);
        table.setItems(rows);
        rows.addListener((ListChangeListener<ArticleRow>) change -> restoreSelection());
        configureSorting(); // after setItems, which clears the sort order
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ArticleRow>) change -> {
            if (!refreshing) {
                selectionBeforeRefresh.setAll(table.getSelectionModel().getSelectedItems());
                viewModel.selectedRows().setAll(table.getSelectionModel().getSelectedItems());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!refreshing) {
                viewModel.selectedArticleProperty().set(now);
            }
        });
        // an article chosen elsewhere ("Show it", one just added) is selected and scrolled to
        viewModel.selectedArticleProperty().addListener((obs, old, now) -> {
            if (!refreshing && now != null && now != table.getSelectionModel().getSelectedItem()) {
                select(now);
            }
        });

        placeholderLabel.textProperty().bind(viewModel.placeholderTextProperty());
        loadProgressBar.progressProperty().bind(viewModel.loadProgressProperty());
        loadProgressBar.visibleProperty().bind(viewModel.loadingProperty());
        loadProgressBar.managedProperty().bind(loadProgressBar.visibleProperty());
        clearFiltersButton.visibleProperty().bind(viewModel.canClearFiltersProperty());
        clearFiltersButton.managedProperty().bind(clearFiltersButton.visibleProperty());
        table.setPlaceholder(placeholder);

        rowMenu.setOnShowing(event -> {
            markReadItem.setDisable(!viewModel.canMark(true));
            markUnreadItem.setDisable(!viewModel.canMark(false));
        });
        // keyboard users start in the list, not on the first toggle of the tag pane
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(table::requestFocus);
            }
        });
    }

    /** j or ↓ from elsewhere: the next row, or the first when none is selected. */
    public void selectNext() {
        moveSelection(1);
    }

    /** k or ↑ from elsewhere: the previous row, or the first when none is selected. */
    public void selectPrevious() {
        moveSelection(-1);
    }

    private void moveSelection(int step) {
        int count = table.getItems().size();
        if (count == 0) {
            return;
        }
        int current = table.getSelectionModel().getSelectedIndex();
        int next = current < 0 ? 0 : Math.max(0, Math.min(count - 1, current + step));
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
        if (!hasFocus()) {
            table.requestFocus();
        }
    }

    private void select(ArticleRow row) {
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    public void selectAll() {
        table.getSelectionModel().selectAll();
        table.requestFocus();
    }

    /** Whether the keyboard is in the table. */
    public boolean hasFocus() {
        return table.isFocused();
    }

    private void configureColumns() {
        readColumn.setCellValueFactory(cell -> cell.getValue().readProperty().asObject());
        readColumn.setCellFactory(column -> new ReadCell());
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().article().title()));
        companyColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().article().company()));
        tagsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                ArticleTableViewModel.tagsText(cell.getValue().article().tags())));
        publishedColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().article().published()));
        publishedColumn.setCellFactory(column -> new TextCell<>(viewModel::publishedText));
        readTimeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().article().readMinutes()));
        readTimeColumn.setCellFactory(column -> new TextCell<>(viewModel::readTimeText));

        readColumn.setUserData(SortColumn.READ);
        titleColumn.setUserData(SortColumn.TITLE);
        companyColumn.setUserData(SortColumn.COMPANY);
        tagsColumn.setUserData(SortColumn.TAGS);
        publishedColumn.setUserData(SortColumn.PUBLISHED);
        readTimeColumn.setUserData(SortColumn.READ_TIME);
    }

    /** Orders, sizes and hides the columns as they were left, remembers changes, and offers the header menu. */
    private void restoreColumnLayout() {
        List<TableColumn<ArticleRow, ?>> byDefault = List.copyOf(table.getColumns());
        columnsByDefault = byDefault;
        List<ColumnLayout> defaults = byDefault.stream()
                .map(column -> new ColumnLayout(sortColumn(column), column.getPrefWidth(), true)).toList();
        List<TableColumn<ArticleRow, ?>> ordered = new ArrayList<>();
        for (ColumnLayout layout : viewModel.initialColumns(defaults)) {
            TableColumn<ArticleRow, ?> column = byDefault.stream()
                    .filter(c -> sortColumn(c) == layout.column()).findFirst().orElseThrow();
            column.setPrefWidth(layout.width());
            column.setVisible(layout.visible());
            ordered.add(column);
        }
        table.getColumns().setAll(ordered);

        // only the user reorders, shows and hides columns; widths also change whenever the table is laid out
        javafx.beans.InvalidationListener byUser = obs -> viewModel.columnsChanged(columnLayout(), true);
        javafx.beans.InvalidationListener byLayout = obs -> viewModel.columnsChanged(columnLayout(), false);
        table.getColumns().addListener(byUser);
        for (TableColumn<ArticleRow, ?> column : byDefault) {
            column.visibleProperty().addListener(byUser);
            column.widthProperty().addListener(byLayout);
        }
        UserDrags.whenChangedByMouse(table, this::columnLayout, columns -> viewModel.columnsChanged(columns, true));

        ContextMenu headerMenu = new ContextMenu();
        headerMenu.getItems().setAll(columnChooserItems());
        byDefault.forEach(column -> column.setContextMenu(headerMenu));
    }

    private List<ColumnLayout> columnLayout() {
        return table.getColumns().stream()
                .map(column -> new ColumnLayout(sortColumn(column), column.getWidth(), column.isVisible())).toList();
    }

    /**
     * A check item per column, in the default order, that shows or hides it; the title stays. Each call gives new
     * items, for one more menu (the header's and View ▸ Columns).
     */
    public List<CheckMenuItem> columnChooserItems() {
        List<CheckMenuItem> items = new ArrayList<>();
        for (TableColumn<ArticleRow, ?> column : columnsByDefault) {
            CheckMenuItem item = new CheckMenuItem();
            item.textProperty().bind(column.textProperty());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            item.setDisable(!viewModel.canHide(sortColumn(column)));
            item.setUserData(sortColumn(column));
            items.add(item);
        }
        return items;
    }

    private static SortColumn sortColumn(TableColumn<ArticleRow, ?> column) {
        return (SortColumn) column.getUserData();
    }

    /** Shows the initial sort order in the headers and lets the query engine do the sorting. */
    private void configureSorting() {
        // The query engine sorts; the table only reports which columns and directions the user picked. The policy
        // comes first, so the table never sorts the rows itself (they may be there already), and it ignores the
        // sorts that setting it and showing the initial order start.
        showingInitialSort = true;
        table.setSortPolicy(view -> {
            if (!showingInitialSort) {
                List<SortKey> keys = new ArrayList<>();
                for (TableColumn<ArticleRow, ?> column : view.getSortOrder()) {
                    keys.add(new SortKey((SortColumn) column.getUserData(),
                            column.getSortType() == TableColumn.SortType.ASCENDING));
                }
                viewModel.sortBy(keys);
            }
            return true;
        });
        List<TableColumn<ArticleRow, ?>> initial = new ArrayList<>();
        for (SortKey key : viewModel.initialSort()) {
            for (TableColumn<ArticleRow, ?> column : table.getColumns()) {
                if (column.getUserData() == key.column()) {
                    column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING
                            : TableColumn.SortType.DESCENDING);
                    initial.add(column);
                }
            }
        }
        table.getSortOrder().setAll(initial);
        showingInitialSort = false;
    }

    /**
     * The rows list is replaced on every filter change and the table would drop its selection: re-select the rows
     * that are still shown.
     */
    private void restoreSelection() {
        try {
            // after a change to the articles the list has new rows: the same articles' rows are looked up
            ArticleRow focused = viewModel.currentRow(viewModel.selectedArticleProperty().get());
            table.getSelectionModel().clearSelection();
            // the focused row last, so it stays the one the detail view shows
            int[] indices = selectionBeforeRefresh.stream().map(viewModel::currentRow)
                    .filter(row -> row != null && row != focused)
                    .mapToInt(table.getItems()::indexOf).filter(index -> index >= 0).toArray();
            int focusedIndex = focused == null ? -1 : table.getItems().indexOf(focused);
            if (focusedIndex >= 0) {
                table.getSelectionModel().selectIndices(focusedIndex, indices);
                table.getSelectionModel().select(focusedIndex);
                table.getFocusModel().focus(focusedIndex);
            } else if (indices.length > 0) {
                table.getSelectionModel().selectIndices(indices[0], indices);
            }
        } finally {
            refreshing = false;
        }
        selectionBeforeRefresh.setAll(table.getSelectionModel().getSelectedItems());
        viewModel.selectedRows().setAll(table.getSelectionModel().getSelectedItems());
        viewModel.selectedArticleProperty().set(table.getSelectionModel().getSelectedItem());
    }

    private List<ArticleRow> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    @FXML
    private void markSelectedRead() {
        viewModel.setRead(selectedRows(), true);
    }

    @FXML
    private void markSelectedUnread() {
        viewModel.setRead(selectedRows(), false);
    }

    @FXML
    private void removeSelected() {
        viewModel.remove(selectedRows());
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    /** Bold for unread rows (through the :unread pseudo-class). */
    private final class ArticleTableRow extends TableRow<ArticleRow> {

        private final javafx.beans.value.ChangeListener<Boolean> readListener = (obs, old, now) -> show(getItem());

        @Override
        protected void updateItem(ArticleRow row, boolean empty) {
            ArticleRow previous = getItem();
            if (previous != null) {
                previous.readProperty().removeListener(readListener);
            }
            super.updateItem(row, empty);
            if (row != null && !empty) {
                row.readProperty().addListener(readListener);
            }
            show(empty ? null : row);
        }

        private void show(ArticleRow row) {
            pseudoClassStateChanged(UNREAD, row != null && !row.isRead());
            setAccessibleText(row == null ? null : viewModel.rowAccessibleText(row));
        }
    }

    /** A check box that marks its row read or unread. */
    private final class ReadCell extends TableCell<ArticleRow, Boolean> {

        private final CheckBox box = new CheckBox();

        ReadCell() {
            box.setFocusTraversable(false);
            box.setOnAction(event -> {
                ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    viewModel.setRead(List.of(row), box.isSelected());
                }
            });
            getStyleClass().add("read-cell");
            // the box stays in the cell and is hidden on empty rows: taking it out and putting it back on every
            // new result would style it anew each time, a tenth of the time a long list takes to show a result
            box.setVisible(false);
            setGraphic(box);
        }

        @Override
        protected void updateItem(Boolean read, boolean empty) {
            super.updateItem(read, empty);
            boolean shown = read != null && !empty;
            if (shown) {
                box.setSelected(read);
                box.setAccessibleText(viewModel.readText(read));
            }
            box.setVisible(shown);
        }
    }

    /** Shows a value through a formatting function. */
    private static final class TextCell<T> extends TableCell<ArticleRow, T> {

        private final java.util.function.Function<T, String> format;

        TextCell(java.util.function.Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null : format.apply(value));
        }
    }
}
