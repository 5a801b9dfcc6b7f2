package org.readinglist.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.readinglist.ui.util.FxTaskExecutor;

/** The JavaFX application: resolves options and the data folder, then shows the window. */
public final class ReadingListApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        Path dataDir = DataDirectory.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        context = new AppContext(dataDir, new FxTaskExecutor(),
                address -> getHostServices().showDocument(address.toString()),
                Locale.getDefault(), ZoneId.systemDefault(), Clock.systemUTC());
        stage.setTitle("Reading List");
        stage.getIcons().add(new javafx.scene.image.Image(
                ReadingListApp.class.getResource("/icons/reading-list.png").toExternalForm()));
        Scene scene = new Scene(context.createMainView(), 1280, 800);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        context.start(options);
        if (options.smokeTest()) {
            new SmokeTest(context.state(), scene, options.settleSeconds(), System.out).start();
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
