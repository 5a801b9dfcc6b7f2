package org.readinglist.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses JavaFX's software renderer at once on a Linux machine that has no graphics device, where JavaFX would
 * come to it anyway. JavaFX first tries its OpenGL renderer: it loads the system's OpenGL driver, which without a
 * device is Mesa's software one, finds that it is not a graphics processor and falls back to its own software
 * renderer. That attempt cost up to 80 ms of start-up here and kept the driver's libraries, about 55 MB, in memory
 * for the life of the process. A machine with a device ({@code /dev/dri/*} for the kernel's graphics
 * drivers, {@code /dev/nvidia*} for NVIDIA's own) keeps JavaFX's choice, and so does a {@code prism.order} given
 * on the command line.
 */
final class RenderingPipeline {

    static final String ORDER_PROPERTY = "prism.order";

    private RenderingPipeline() {
    }

    /** Sets the renderer for this process, before the JavaFX toolkit starts. */
    static void choose() {
        orderFor(System.getProperty("os.name"), System.getProperty(ORDER_PROPERTY), Path.of("/dev"))
                .ifPresent(order -> System.setProperty(ORDER_PROPERTY, order));
    }

    /** The renderer order to set, or empty to leave JavaFX's own; {@code devices} is where {@code /dev} is. */
    static Optional<String> orderFor(String osName, String orderGiven, Path devices) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (orderGiven != null || !os.contains("linux") || hasGraphicsDevice(devices)) {
            return Optional.empty();
        }
        return Optional.of("sw");
    }

    private static boolean hasGraphicsDevice(Path devices) {
        if (hasEntries(devices.resolve("dri"))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(devices)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("nvidia"));
        } catch (IOException | SecurityException e) {
            return true; // cannot tell: JavaFX decides
        }
    }

    private static boolean hasEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
