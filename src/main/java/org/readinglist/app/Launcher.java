package org.readinglist.app;

import javafx.application.Application;

/** Entry point: {@code --articles PATH} opens another articles file, {@code --data-dir PATH} keeps marks there. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(ReadingListApp.class, args);
    }
}
