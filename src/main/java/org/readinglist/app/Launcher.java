package org.readinglist.app;

import java.util.List;
import javafx.application.Application;

/** Entry point: {@code --articles PATH} opens another articles file, {@code --data-dir PATH} keeps marks there. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        RenderingPipeline.choose();
        Startup.begin(List.of(args)); // reads while the JavaFX toolkit starts
        Application.launch(ReadingListApp.class, args);
    }
}
