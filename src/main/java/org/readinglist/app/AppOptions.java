package org.readinglist.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readinglist.i18n.Messages;

/**
 * Command-line options. Problems (unknown options, missing values) do not stop the app: they are collected and
 * shown to the user once the window is up.
 *
 * @param articlesFile  {@code --articles PATH}: another articles file instead of the bundled list
 * @param dataDir       {@code --data-dir PATH}: where read marks are kept
 * @param smokeTest     {@code --smoke-test}: start, show the articles, print one line about it and exit
 * @param settleSeconds {@code --settle-seconds N}: with the smoke test, wait this long and report memory too
 * @param problems      what was wrong with the command line
 */
public record AppOptions(Optional<Path> articlesFile, Optional<Path> dataDir, boolean smokeTest, int settleSeconds,
                         List<String> problems) {

    public AppOptions {
        problems = List.copyOf(problems);
    }

    /** Reads the arguments; problems are described in the language of {@code messages}. */
    public static AppOptions parse(List<String> args, Messages messages) {
        String usage = messages.get("options.usage");
        Optional<Path> articles = Optional.empty();
        Optional<Path> dataDir = Optional.empty();
        boolean smokeTest = false;
        int settleSeconds = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--smoke-test")) {
                smokeTest = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (!name.equals("--articles") && !name.equals("--data-dir") && !name.equals("--settle-seconds")) {
                problems.add(messages.format("options.unknown", arg, usage));
                continue;
            }
            String needs = name.equals("--settle-seconds") ? "options.needsNumber" : "options.needsPath";
            String value = inlineValue;
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    problems.add(messages.format(needs, name, usage));
                    continue;
                }
                value = args.get(++i);
            }
            if (value.isBlank()) {
                problems.add(messages.format(needs, name, usage));
                continue;
            }
            switch (name) {
                case "--articles" -> articles = Optional.of(Path.of(value));
                case "--data-dir" -> dataDir = Optional.of(Path.of(value));
                default -> {
                    try {
                        settleSeconds = Math.max(0, Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        problems.add(messages.get("options.settleSecondsNotNumber"));
                    }
                }
            }
        }
        return new AppOptions(articles, dataDir, smokeTest, settleSeconds, problems);
    }
}
