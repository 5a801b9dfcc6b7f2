package org.readinglist.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the operating system whether it is in dark mode (JavaFX 21 has no API for it): GNOME's color-scheme setting
 * on Linux, the AppleInterfaceStyle default on macOS, the AppsUseLightTheme registry value on Windows. Runs a small
 * process, so call it off the JavaFX thread. Empty when it cannot tell.
 */
final class SystemAppearance {

    private static final System.Logger LOG = System.getLogger(SystemAppearance.class.getName());
    private static final long TIMEOUT_MILLIS = 2_000;

    private SystemAppearance() {
    }

    static Optional<Boolean> isDark(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(SystemAppearance::windowsDark);
        }
        if (os.contains("mac")) {
            // the key exists only in dark mode: the command fails in light mode
            return Optional.of(run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false));
        }
        Optional<Boolean> fromEnv = gtkThemeDark(env.get("GTK_THEME"));
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        Optional<Boolean> scheme = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemAppearance::gnomeColorSchemeDark);
        if (scheme.isPresent()) {
            return scheme;
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .flatMap(SystemAppearance::gtkThemeDark);
    }

    /** {@code 'prefer-dark'} → dark, {@code 'prefer-light'} or {@code 'default'} → light. */
    static Optional<Boolean> gnomeColorSchemeDark(String output) {
        String value = output.trim().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light", "default" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A GTK theme name such as {@code Adwaita:dark} or {@code 'Yaru-dark'}. */
    static Optional<Boolean> gtkThemeDark(String theme) {
        if (theme == null || theme.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(theme.toLowerCase(Locale.ROOT).replace("'", "").trim().matches(".*[-:]dark([-:].*)?"));
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} → dark. */
    static Optional<Boolean> windowsDark(String output) {
        for (String line : output.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                String[] parts = line.trim().split("\\s+");
                return Optional.of(parts[parts.length - 1].equalsIgnoreCase("0x0"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "could not run " + command.get(0) + ": " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
