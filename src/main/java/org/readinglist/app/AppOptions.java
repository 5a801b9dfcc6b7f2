package org.readinglist.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    public static final String USAGE = "Options: --articles PATH (open another articles file), "
            + "--data-dir PATH (where read marks are kept)";

    public AppOptions {
        problems = List.copyOf(problems);
    }

    public static AppOptions parse(List<String> args) {
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
                problems.add("Unknown option \"" + arg + "\" was ignored. " + USAGE);
                continue;
            }
            String needs = name.equals("--settle-seconds") ? " needs a number" : " needs a path";
            String value = inlineValue;
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    problems.add("Option " + name + needs + " and was ignored. " + USAGE);
                    continue;
                }
                value = args.get(++i);
            }
            if (value.isBlank()) {
                problems.add("Option " + name + needs + " and was ignored. " + USAGE);
                continue;
            }
            switch (name) {
                case "--articles" -> articles = Optional.of(Path.of(value));
                case "--data-dir" -> dataDir = Optional.of(Path.of(value));
                default -> {
                    try {
                        settleSeconds = Math.max(0, Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        problems.add("Option --settle-seconds needs a whole number and was ignored.");
                    }
                }
            }
        }
        return new AppOptions(articles, dataDir, smokeTest, settleSeconds, problems);
    }
}
