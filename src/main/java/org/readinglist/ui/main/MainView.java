package org.readinglist.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.ThemeChoice;
import org.readinglist.ui.articles.ArticleTableView;
import org.readinglist.ui.detail.ArticleDetailView;
import org.readinglist.ui.edit.LinkIntake;
import org.readinglist.ui.transfer.TransferView;

/** The window: menus, notices, the search field, the Show switch, the three panes, the status line and the keys. */
public final class MainView {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.F2);

    private final MainViewModel viewModel;
    private final LinkIntake links;
    private final NoticeCenter notices;
    private final Messages messages;

    @FXML
    private BorderPane root;
    @FXML
    private HBox noticeBar;
    @FXML
    private Label noticeText;
    @FXML
    private Button noticeCloseButton;
    @FXML
    private TextField searchField;
    @FXML
    private Tooltip searchTooltip;
    @FXML
    private Tooltip addArticleTooltip;
    @FXML
    private ToggleGroup showGroup;
    @FXML
    private ToggleButton showAllButton;
    @FXML
    private ToggleButton showUnreadButton;
    @FXML
    private ToggleButton showReadButton;
    @FXML
    private Label statusLabel;
    @FXML
    private ArticleTableView articleTableController;
    @FXML
    private ArticleDetailView articleDetailController;
    @FXML
    private TransferView transferController;

    @FXML
    private MenuItem importFileItem;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem openArticleItem;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem editArticleItem;
    @FXML
    private MenuItem markReadItem;
    @FXML
    private MenuItem markUnreadItem;
    @FXML
    private MenuItem toggleReadItem;
    @FXML
    private MenuItem clearItem;
    @FXML
    private MenuItem unreadOnlyItem;
    @FXML
    private MenuItem nextItem;
    @FXML
    private MenuItem previousItem;
    @FXML
    private MenuItem shortcutsItem;
    @FXML
    private RadioMenuItem themeSystemItem;
    @FXML
    private RadioMenuItem themeLightItem;
    @FXML
    private RadioMenuItem themeDarkItem;
    @FXML
    private ToggleGroup themeGroup;
    @FXML
    private RadioMenuItem showAllItem;
    @FXML
    private RadioMenuItem showUnreadItem;
    @FXML
    private RadioMenuItem showReadItem;
    @FXML
    private ToggleGroup showMenuGroup;
    @FXML
    private RadioMenuItem languageSystemItem;
    @FXML
    private RadioMenuItem languageEnglishItem;
    @FXML
    private RadioMenuItem languageGermanItem;
    @FXML
    private ToggleGroup languageGroup;
    @FXML
    private CheckMenuItem singleKeyItem;
    @FXML
    private Menu columnsMenu;
    @FXML
    private MenuItem removeItem;

    public MainView(MainViewModel viewModel, LinkIntake links, NoticeCenter notices, Messages messages) {
        this.viewModel = viewModel;
        this.links = links;
        this.notices = notices;
        this.messages = messages;
    }

    @FXML
    private Menu refreshEveryMenu;

    @FXML
    private void initialize() {
        buildRefreshEveryMenu();
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        // the platform's own name for the key: Ctrl+F, or ⌘F on macOS
        searchTooltip.setText(messages.format("search.tooltip",
                KeyCombination.keyCombination("Shortcut+F").getDisplayText()));
        addArticleTooltip.setText(messages.format("toolbar.addArticle.tooltip",
                KeyCombination.keyCombination("Shortcut+N").getDisplayText(), PASTE.getDisplayText()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        // a screen reader hears the new count when a filter changes
        statusLabel.accessibleTextProperty().bind(viewModel.announcementProperty());
        viewModel.announcementProperty().addListener(
                (obs, old, now) -> statusLabel.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));

        showAllButton.setUserData(ShowFilter.ALL);
        showUnreadButton.setUserData(ShowFilter.UNREAD);
        showReadButton.setUserData(ShowFilter.READ);
        showAllItem.setUserData(ShowFilter.ALL);
        showUnreadItem.setUserData(ShowFilter.UNREAD);
        showReadItem.setUserData(ShowFilter.READ);
        selectShow(viewModel.showProperty().get());
        viewModel.showProperty().addListener((obs, old, now) -> selectShow(now));
        for (ToggleGroup group : new ToggleGroup[] {showGroup, showMenuGroup}) {
            group.selectedToggleProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    old.setSelected(true); // one choice is always on
                } else {
                    viewModel.showProperty().set((ShowFilter) now.getUserData());
                }
            });
        }

        bindChoice(themeGroup, Map.of(themeSystemItem, ThemeChoice.SYSTEM, themeLightItem, ThemeChoice.LIGHT,
                themeDarkItem, ThemeChoice.DARK), viewModel.themeProperty());
        bindChoice(languageGroup, Map.of(languageSystemItem, Optional.<String>empty(),
                languageEnglishItem, Optional.of("en"), languageGermanItem, Optional.of("de")),
                viewModel.languageProperty());
        singleKeyItem.selectedProperty().bindBidirectional(viewModel.singleKeyShortcutsProperty());
        columnsMenu.getItems().setAll(articleTableController.columnChooserItems());
        showSingleKeys(viewModel.singleKeyShortcutsProperty().get());
        viewModel.singleKeyShortcutsProperty().addListener((obs, old, on) -> showSingleKeys(on));

        undoItem.textProperty().bind(viewModel.undoTextProperty());
        // bound, not set when the menu opens: a disabled item ignores its shortcut
        undoItem.disableProperty().bind(viewModel.canUndoProperty().not());
        removeItem.disableProperty().bind(viewModel.hasSelectionProperty().not());
        removeItem.setAccelerator(new DisplayedKey(messages.get("key.delete")));
        undoItem.getParentMenu().setOnShowing(event -> {
            markReadItem.setDisable(!viewModel.canMark(true));
            markUnreadItem.setDisable(!viewModel.canMark(false));
            toggleReadItem.setDisable(!viewModel.hasSelection());
            editArticleItem.setDisable(!viewModel.canEdit());
        });

        importFileItem.disableProperty().bind(transferController.runningProperty());
        exportItem.disableProperty().bind(transferController.runningProperty());

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        root.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        root.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.clearSearchThenTags()) {
                event.consume();
            }
        });
        notices.attach(noticeBar, noticeText, noticeCloseButton);
    }

    private static <T> void bindChoice(ToggleGroup group, Map<RadioMenuItem, T> items,
                                       javafx.beans.property.ObjectProperty<T> property) {
        items.forEach((item, value) -> item.setUserData(value));
        items.forEach((item, value) -> item.setSelected(value.equals(property.get())));
        property.addListener((obs, old, now) -> items.forEach((item, value) -> {
            if (value.equals(now)) {
                item.setSelected(true);
            }
        }));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
    }

    /** The menus show single keys beside their items only while those keys work. */
    private void showSingleKeys(boolean on) {
        showKey(nextItem, on, Shortcut.NEXT);
        showKey(previousItem, on, Shortcut.PREVIOUS);
        showKey(toggleReadItem, on, Shortcut.TOGGLE_READ);
        showKey(unreadOnlyItem, on, Shortcut.UNREAD_ONLY);
        showKey(openArticleItem, on, Shortcut.OPEN_ARTICLE);
        showKey(shortcutsItem, on, Shortcut.CHEAT_SHEET);
        clearItem.setAccelerator(new DisplayedKey("Esc"));
    }

    private static void showKey(MenuItem item, boolean on, Shortcut shortcut) {
        item.setAccelerator(on ? new DisplayedKey(shortcut.displayKeys().get(0)) : null);
    }

    private void selectShow(ShowFilter show) {
        for (ToggleGroup group : new ToggleGroup[] {showGroup, showMenuGroup}) {
            group.getToggles().stream().filter(toggle -> toggle.getUserData() == show).findFirst()
                    .ifPresent(toggle -> toggle.setSelected(true));
        }
    }

    private boolean typing() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return focused instanceof TextInputControl;
    }

    private boolean singleKeysWork(KeyEvent event) {
        return viewModel.singleKeyShortcutsProperty().get() && !typing() && !event.isShortcutDown()
                && !event.isAltDown() && !event.isControlDown() && !event.isMetaDown();
    }

    @FXML
    private void removeSelected() {
        viewModel.remove(viewModel.selectedRows());
    }

    private void onKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE && !typing() && viewModel.hasSelection() && !event.isShortcutDown()
                && !event.isAltDown()) {
            removeSelected();
            event.consume();
            return;
        }
        if (PASTE.match(event) && !typing()) {
            links.paste(clipboardTexts());
            event.consume();
            return;
        }
        // the table takes F2 for itself (to edit a cell) before the menu's accelerator would see it
        if (EDIT.match(event)) {
            viewModel.editArticle();
            event.consume();
            return;
        }
        if (event.getCode() == KeyCode.ENTER && articleTableController.hasFocus() && !event.isShortcutDown()
                && !event.isAltDown() && !event.isShiftDown()) {
            openArticle();
            event.consume();
            return;
        }
        if (!singleKeysWork(event) || event.isShiftDown()) {
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case J -> articleTableController.selectNext();
            case K -> articleTableController.selectPrevious();
            case R -> toggleRead();
            case U -> viewModel.toggleUnreadOnly();
            case O -> openArticle();
            case SPACE -> {
                handled = articleTableController.hasFocus();
                if (handled) {
                    toggleRead();
                }
            }
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** "/" jumps to the search field and "?" shows the shortcuts, unless the user is typing somewhere. */
    private void onKeyTyped(KeyEvent event) {
        if (!viewModel.singleKeyShortcutsProperty().get() || typing()) {
            return;
        }
        if ("/".equals(event.getCharacter())) {
            find();
            event.consume();
        } else if ("?".equals(event.getCharacter())) {
            showShortcuts();
            event.consume();
        }
    }

    // ---- links from outside

    /** The clipboard's link, then its text: a browser puts a copied link in both. */
    private static List<String> clipboardTexts() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        List<String> texts = new ArrayList<>();
        if (clipboard.hasUrl()) {
            texts.add(clipboard.getUrl());
        }
        if (clipboard.hasString()) {
            texts.add(clipboard.getString());
        }
        return texts;
    }

    private void onDragOver(DragEvent event) {
        Dragboard board = event.getDragboard();
        if (event.getGestureSource() == null
                && links.accepts(board.hasUrl() || board.hasString(), droppedFiles(board))) {
            event.acceptTransferModes(TransferMode.ANY);
            event.consume();
        }
    }

    private void onDragDropped(DragEvent event) {
        Dragboard board = event.getDragboard();
        List<String> texts = new ArrayList<>();
        if (board.hasUrl()) {
            texts.add(board.getUrl());
        }
        if (board.hasString()) {
            texts.add(board.getString());
        }
        links.drop(texts, droppedFiles(board));
        event.setDropCompleted(true);
        event.consume();
    }

    private static List<Path> droppedFiles(Dragboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(File::toPath).toList() : List.of();
    }

    // ---- menu commands

    @FXML
    private void addArticle() {
        viewModel.addArticle();
    }

    @FXML
    private void editArticle() {
        viewModel.editArticle();
    }

    @FXML
    private void importArticlesFile() {
        transferController.importFile();
    }

    @FXML
    private void exportArticles() {
        transferController.export();
    }

    @FXML
    private void openArticle() {
        articleDetailController.openArticle();
    }

    @FXML
    private void restoreFromBackup() {
        viewModel.restoreFromBackup();
    }

    @FXML
    private void quit() {
        // as the window's close button does: the app first makes sure everything is saved
        Window window = root.getScene().getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void markRead() {
        viewModel.setRead(viewModel.selectedRows(), true);
    }

    @FXML
    private void markUnread() {
        viewModel.setRead(viewModel.selectedRows(), false);
    }

    @FXML
    private void toggleRead() {
        viewModel.toggleRead(viewModel.selectedRows());
    }

    @FXML
    private void selectAll() {
        if (typing()) {
            ((TextInputControl) root.getScene().getFocusOwner()).selectAll();
        } else {
            articleTableController.selectAll();
        }
    }

    @FXML
    private void find() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void clearSearchThenTags() {
        viewModel.clearSearchThenTags();
    }

    @FXML
    private void toggleUnreadOnly() {
        viewModel.toggleUnreadOnly();
    }

    @FXML
    private void nextArticle() {
        articleTableController.selectNext();
    }

    @FXML
    private void previousArticle() {
        articleTableController.selectPrevious();
    }

    @FXML
    private void showShortcuts() {
        viewModel.showShortcuts();
    }

    @FXML
    private void openDataFolder() {
        viewModel.openDataFolder();
    }

    @FXML
    private void showAbout() {
        viewModel.showAbout();
    }

    @FXML
    private void showFeeds() {
        viewModel.showFeeds();
    }

    @FXML
    private void importSubscriptions() {
        viewModel.importSubscriptions();
    }

    @FXML
    private void exportSubscriptions() {
        viewModel.exportSubscriptions();
    }

    @FXML
    private void refreshFeeds() {
        viewModel.refreshFeeds();
    }

    /** View ▸ Refresh Feeds Every: one choice per interval, the one in the preferences selected. */
    private void buildRefreshEveryMenu() {
        ToggleGroup group = new ToggleGroup();
        for (int hours : org.readinglist.model.Preferences.FEED_REFRESH_HOURS) {
            RadioMenuItem item = new RadioMenuItem(hours == 0 ? messages.get("menu.view.refreshEvery.off")
                    : messages.format("menu.view.refreshEvery.hours", hours));
            item.setToggleGroup(group);
            item.setUserData(hours);
            item.setSelected(viewModel.feedRefreshHoursProperty().get() == hours);
            refreshEveryMenu.getItems().add(item);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.feedRefreshHoursProperty().set((Integer) now.getUserData());
            }
        });
    }
}
