package org.readinglist.ui.help;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The About dialog's content. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML
    private Label versionLabel;
    @FXML
    private TextField dataFolderField;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        versionLabel.setText(viewModel.versionText());
        dataFolderField.setText(viewModel.dataFolderText());
    }

    @FXML
    private void openDataFolder() {
        viewModel.openDataFolder();
    }
}
