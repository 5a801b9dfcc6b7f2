package org.readinglist.ui;

import java.util.ArrayList;
import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.ui.util.Dialogs;

/** Dialogs that only note what was asked for: "restore", "shortcuts", "about", "add URL", "edit ID". */
public final class RecordingDialogs implements Dialogs {

    public final List<String> opened = new ArrayList<>();

    @Override
    public void showRestoreBackup() {
        opened.add("restore");
    }

    @Override
    public void showShortcuts() {
        opened.add("shortcuts");
    }

    @Override
    public void showAbout() {
        opened.add("about");
    }

    @Override
    public void showFeeds() {
        opened.add("feeds");
    }

    @Override
    public void importSubscriptions() {
        opened.add("import subscriptions");
    }

    @Override
    public void exportSubscriptions() {
        opened.add("export subscriptions");
    }

    @Override
    public void showAddArticle(String url) {
        opened.add(("add " + url).strip());
    }

    @Override
    public void showEditArticle(Article article) {
        opened.add("edit " + article.id());
    }
}
