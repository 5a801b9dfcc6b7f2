package org.readinglist.ui.detail;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows the selected article: title, facts, summary, tag chips, read state and actions. */
public final class ArticleDetailView {

    private static final PseudoClass READ = PseudoClass.getPseudoClass("read");

    private final ArticleDetailViewModel viewModel;

    @FXML
    private VBox placeholder;
    @FXML
    private ScrollPane details;
    @FXML
    private Label titleLabel;
    @FXML
    private Label companyLabel;
    @FXML
    private Label publishedLabel;
    @FXML
    private Label authorsLabel;
    @FXML
    private Label readTimeLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private FlowPane tagChips;
    @FXML
    private Label readStatusLabel;
    @FXML
    private Button toggleReadButton;
    @FXML
    private FontIcon toggleReadIcon;
    @FXML
    private FontIcon readStatusIcon;
    @FXML
    private Button openButton;

    public ArticleDetailView(ArticleDetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        details.visibleProperty().bind(viewModel.hasArticleProperty());
        placeholder.visibleProperty().bind(viewModel.hasArticleProperty().not());
        titleLabel.textProperty().bind(viewModel.titleProperty());
        companyLabel.textProperty().bind(viewModel.companyProperty());
        publishedLabel.textProperty().bind(viewModel.publishedProperty());
        authorsLabel.textProperty().bind(viewModel.authorsProperty());
        readTimeLabel.textProperty().bind(viewModel.readTimeProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        readStatusLabel.textProperty().bind(viewModel.readStatusProperty());
        viewModel.readProperty().addListener((obs, old, now) -> showReadState(now));
        showReadState(viewModel.readProperty().get());
        toggleReadButton.textProperty().bind(viewModel.toggleReadTextProperty());
        openButton.disableProperty().bind(viewModel.hasLinkProperty().not());
        Tooltip linkTip = new Tooltip();
        linkTip.textProperty().bind(viewModel.linkProperty());
        openButton.setTooltip(linkTip);
        viewModel.tags().addListener((ListChangeListener<String>) change -> showChips());
        showChips();
    }

    /** The status and the button say it twice: in words, and with a check mark or an empty circle. */
    private void showReadState(boolean read) {
        readStatusLabel.pseudoClassStateChanged(READ, read);
        readStatusIcon.setIconLiteral(read ? "fth-check-circle" : "fth-circle");
        toggleReadIcon.setIconLiteral(read ? "fth-circle" : "fth-check-circle");
    }

    private void showChips() {
        tagChips.getChildren().clear();
        for (String tag : viewModel.tags()) {
            Button chip = new Button(tag);
            chip.getStyleClass().setAll("chip");
            chip.setMnemonicParsing(false);
            chip.setAccessibleText(viewModel.tagAccessibleText(tag));
            chip.setOnAction(event -> viewModel.filterByTag(tag));
            tagChips.getChildren().add(chip);
        }
    }

    @FXML
    private void toggleRead() {
        viewModel.toggleRead();
    }

    /** Opens the shown article in the browser (also File ▸ Open article, o and Enter). */
    @FXML
    public void openArticle() {
        viewModel.openArticle();
    }

    @FXML
    private void edit() {
        viewModel.edit();
    }
}
