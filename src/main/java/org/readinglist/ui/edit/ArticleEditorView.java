package org.readinglist.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.readinglist.i18n.Messages;

/** The article editor's fields; its Save and Cancel buttons belong to the dialog around it. */
public final class ArticleEditorView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** The theme's own state of a text field with a wrong value. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ArticleEditorViewModel viewModel;
    private final Messages messages;
    /** Presses Save, as Enter in a single-line field does when the article can be saved. */
    private final Runnable save;
    /** Closes the dialog without saving. */
    private final Runnable close;

    @FXML
    private TextField urlField;
    @FXML
    private Button fetchButton;
    @FXML
    private Label urlMessage;
    @FXML
    private HBox fetchRow;
    @FXML
    private ProgressIndicator fetchProgress;
    @FXML
    private Label fetchStatusLabel;
    @FXML
    private HBox duplicateRow;
    @FXML
    private Label duplicateLabel;
    @FXML
    private TextField titleField;
    @FXML
    private Label titleMessage;
    @FXML
    private TextField companyField;
    @FXML
    private Label companyMessage;
    @FXML
    private TextField publishedField;
    @FXML
    private Label publishedMessage;
    @FXML
    private TextField readTimeField;
    @FXML
    private Label readTimeMessage;
    @FXML
    private TextField authorsField;
    @FXML
    private Label authorsMessage;
    @FXML
    private TextArea summaryArea;
    @FXML
    private Label summaryMessage;
    @FXML
    private FlowPane tagChips;
    @FXML
    private TextField tagField;
    @FXML
    private FlowPane suggestionBox;
    @FXML
    private Label tagMessage;

    public ArticleEditorView(ArticleEditorViewModel viewModel, Messages messages, Runnable save, Runnable close) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.save = save;
        this.close = close;
    }

    @FXML
    private void initialize() {
        bind(urlField, urlMessage, viewModel.url());
        bind(titleField, titleMessage, viewModel.title());
        bind(companyField, companyMessage, viewModel.company());
        bind(publishedField, publishedMessage, viewModel.published());
        bind(readTimeField, readTimeMessage, viewModel.readTime());
        bind(authorsField, authorsMessage, viewModel.authors());
        summaryArea.textProperty().bindBidirectional(viewModel.summary().textProperty());
        showMessage(summaryMessage, summaryArea, viewModel.summary());
        // the summary is one paragraph: Tab leaves it as it leaves every other field
        summaryArea.addEventFilter(KeyEvent.KEY_PRESSED, this::tabLeavesTheArea);

        fetchButton.setVisible(viewModel.adding());
        fetchButton.setManaged(viewModel.adding());
        fetchButton.disableProperty().bind(viewModel.url().errorProperty().or(viewModel.url().textProperty()
                .isEmpty()));
        fetchStatusLabel.textProperty().bind(viewModel.fetchStatusProperty());
        fetchProgress.visibleProperty().bind(viewModel.fetchingProperty());
        fetchProgress.managedProperty().bind(fetchProgress.visibleProperty());
        showWhen(fetchRow, viewModel.fetchStatusProperty().isNotEmpty());
        duplicateLabel.textProperty().bind(viewModel.duplicateTextProperty());
        showWhen(duplicateRow, viewModel.hasDuplicateProperty());

        urlField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.urlCommitted();
            }
        });
        urlField.setOnAction(event -> {
            event.consume();
            if (viewModel.canSaveProperty().get()) {
                save.run();
            } else {
                viewModel.urlCommitted();
                if (!viewModel.fetchingProperty().get()) {
                    viewModel.tellProblems();
                }
            }
        });
        for (TextField field : List.of(titleField, companyField, publishedField, readTimeField, authorsField)) {
            field.setOnAction(event -> {
                event.consume();
                saveIfPossible();
            });
        }
        bindTags();
        Platform.runLater(() -> (viewModel.adding() ? urlField : titleField).requestFocus());
    }

    private void bind(TextField field, Label message, EditorField model) {
        field.textProperty().bindBidirectional(model.textProperty());
        showMessage(message, field, model);
    }

    /** The message under the field, shown only when there is one; an error also marks the field. */
    private static void showMessage(Label message, Node field, EditorField model) {
        message.textProperty().bind(model.messageProperty());
        showWhen(message, model.messageProperty().isNotEmpty());
        message.pseudoClassStateChanged(ERROR, model.errorShownProperty().get());
        field.pseudoClassStateChanged(DANGER, model.errorShownProperty().get());
        model.errorShownProperty().addListener((obs, old, now) -> {
            message.pseudoClassStateChanged(ERROR, now);
            field.pseudoClassStateChanged(DANGER, now);
        });
        field.accessibleHelpProperty().bind(model.messageProperty());
    }

    private static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private boolean saveIfPossible() {
        if (viewModel.canSaveProperty().get()) {
            save.run();
            return true;
        }
        viewModel.tellProblems();
        return false;
    }

    private void tabLeavesTheArea(KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
            event.consume();
            // Ctrl+Tab is the text area's own key for moving on
            summaryArea.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                    event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                    event.isAltDown(), event.isMetaDown()));
        }
    }

    // ---- tags

    private void bindTags() {
        TagEditor tags = viewModel.tags();
        tagField.setTextFormatter(new TextFormatter<String>(new TagCompletion(tags::completion)));
        tagField.textProperty().bindBidirectional(tags.inputProperty());
        tagMessage.textProperty().bind(tags.messageProperty());
        showWhen(tagMessage, tags.messageProperty().isNotEmpty());
        tagField.setOnAction(event -> {
            event.consume();
            if (!tags.addTyped()) {
                saveIfPossible();
            }
        });
        tagField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.BACK_SPACE && tagField.getText().isEmpty()) {
                tags.removeLast();
            }
        });
        tags.tags().addListener((ListChangeListener<String>) change -> showChips());
        tags.inputProperty().addListener((obs, old, now) -> showSuggestions(now));
        showChips();
        showSuggestions(tags.inputProperty().get());
    }

    /** A chip per tag, before the field where more are typed; clicking a chip takes its tag off. */
    private void showChips() {
        List<Node> chips = new ArrayList<>();
        for (String tag : viewModel.tags().tags()) {
            Button chip = new Button(tag, new FontIcon("fth-x"));
            chip.getStyleClass().setAll("chip", "removable-chip");
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.setMnemonicParsing(false);
            chip.setFocusTraversable(false);
            chip.setAccessibleText(messages.format("editor.tag.remove", tag));
            chip.setOnAction(event -> viewModel.tags().remove(tag));
            chips.add(chip);
        }
        tagChips.getChildren().remove(0, tagChips.getChildren().size() - 1); // all but the field
        tagChips.getChildren().addAll(0, chips);
    }

    /** Existing tags that match what is typed, to click on. */
    private void showSuggestions(String typed) {
        List<Node> buttons = new ArrayList<>();
        for (String tag : viewModel.tags().suggestions(typed)) {
            Button suggestion = new Button(viewModel.tags().suggestionText(tag));
            suggestion.getStyleClass().setAll("chip", "tag-suggestion");
            suggestion.setMnemonicParsing(false);
            suggestion.setFocusTraversable(false);
            suggestion.setOnAction(event -> {
                viewModel.tags().add(tag);
                viewModel.tags().inputProperty().set("");
                tagField.requestFocus();
            });
            buttons.add(suggestion);
        }
        suggestionBox.getChildren().setAll(buttons);
        suggestionBox.setVisible(!buttons.isEmpty());
        suggestionBox.setManaged(!buttons.isEmpty());
    }

    // ---- commands

    @FXML
    private void fetchAgain() {
        viewModel.fetchAgain();
    }

    @FXML
    private void showDuplicate() {
        viewModel.showDuplicate();
        close.run();
    }
}
