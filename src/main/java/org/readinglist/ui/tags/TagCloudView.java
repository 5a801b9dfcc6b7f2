package org.readinglist.ui.tags;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.readinglist.model.TagMatch;

/** The tag cloud pane: the cloud, the all/any switch and "Clear". */
public final class TagCloudView {

    private final TagCloudViewModel viewModel;

    @FXML
    private TagCloud tagCloud;
    @FXML
    private ToggleButton matchAllButton;
    @FXML
    private ToggleButton matchAnyButton;
    @FXML
    private ToggleGroup matchGroup;
    @FXML
    private Button clearButton;

    public TagCloudView(TagCloudViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tagCloud.setItems(viewModel.items());
        tagCloud.setOnToggle(viewModel::toggle);
        clearButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        matchAllButton.setUserData(TagMatch.ALL);
        matchAnyButton.setUserData(TagMatch.ANY);
        selectMatchButton(viewModel.tagMatchProperty().get());
        viewModel.tagMatchProperty().addListener((obs, old, now) -> selectMatchButton(now));
        matchGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                viewModel.tagMatchProperty().set((TagMatch) now.getUserData());
            }
        });
    }

    private void selectMatchButton(TagMatch match) {
        (match == TagMatch.ANY ? matchAnyButton : matchAllButton).setSelected(true);
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }
}
