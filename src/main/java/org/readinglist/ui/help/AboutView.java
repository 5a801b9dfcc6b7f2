package org.readinglist.ui.help;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The About dialog's content. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML
    private ImageView iconView;
    @FXML
    private Label versionLabel;
    @FXML
    private TextField dataFolderField;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        // the icon lives in this module, where FXML's class-loader lookup cannot see it
        iconView.setImage(new Image(AboutView.class.getResource("/icons/reading-list.png").toExternalForm()));
        versionLabel.setText(viewModel.versionText());
        dataFolderField.setText(viewModel.dataFolderText());
    }

    @FXML
    private void openDataFolder() {
        viewModel.openDataFolder();
    }
}
