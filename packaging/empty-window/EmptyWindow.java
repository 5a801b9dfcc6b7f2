import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor under the app's start-up: a JavaFX window with one label and nothing else, run on the app's runtime
 * with its JVM options. Prints {@code ok: first frame N ms} (time since the process started) and, SETTLE seconds
 * later, {@code rss: N MB}, as the app's --smoke-test does. Linux only (reads /proc).
 */
public final class EmptyWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Reading List")), 1000, 700);
        stage.setScene(scene);
        stage.setTitle("Empty window");
        Runnable[] afterPulse = new Runnable[1];
        afterPulse[0] = () -> {
            scene.removePostLayoutPulseListener(afterPulse[0]);
            Platform.runLater(this::firstFrame);
        };
        scene.addPostLayoutPulseListener(afterPulse[0]);
        stage.show();
    }

    private void firstFrame() {
        System.out.println("ok: first frame " + processAgeMillis() + " ms");
        int settle = Integer.parseInt(getParameters().getRaw().isEmpty() ? "3" : getParameters().getRaw().get(0));
        Thread settling = new Thread(() -> {
            try {
                Thread.sleep(settle * 1000L);
                System.out.println("rss: " + residentMegabytes() + " MB after " + settle + " s");
            } catch (Exception e) {
                System.out.println("error: " + e);
            }
            Platform.exit();
        });
        settling.setDaemon(true);
        settling.start();
    }

    private static long processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (Exception e) {
            return -1;
        }
    }

    private static long residentMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
