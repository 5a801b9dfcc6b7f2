package org.readinglist.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options. Problems (unknown options, missing values) do not stop the app: they are collected and
 * shown to the user once the window is up.
 */
public record AppOptions(Optional<Path> articlesFile, Optional<Path> dataDir, List<String> problems) {

    public static final String USAGE = "Options: --articles PATH (open another articles file), "
            + "--data-dir PATH (where read marks are kept)";

    public AppOptions {
        problems = List.copyOf(problems);
    }

    public static AppOptions parse(List<String> args) {
        Optional<Path> articles = Optional.empty();
        Optional<Path> dataDir = Optional.empty();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (!name.equals("--articles") && !name.equals("--data-dir")) {
                problems.add("Unknown option \"" + arg + "\" was ignored. " + USAGE);
                continue;
            }
            String value = inlineValue;
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    problems.add("Option " + name + " needs a path and was ignored. " + USAGE);
                    continue;
                }
                value = args.get(++i);
            }
            if (value.isBlank()) {
                problems.add("Option " + name + " needs a path and was ignored. " + USAGE);
                continue;
            }
            Path path = Path.of(value);
            if (name.equals("--articles")) {
                articles = Optional.of(path);
            } else {
                dataDir = Optional.of(path);
            }
        }
        return new AppOptions(articles, dataDir, problems);
    }
}
