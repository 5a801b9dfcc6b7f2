package org.readinglist.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an articles file with many distinct tags whose frequencies fall off like real tag use (a few very common
 * tags, thousands that occur once) and are unrelated to alphabetical order.
 */
public final class ManyTags {

    private static final String[] FIRST = {"stream", "cache", "graph", "query", "index", "shard", "batch", "model",
        "vector", "event", "queue", "schema", "metric", "trace", "token", "policy", "replica", "kernel", "cluster",
        "edge"};
    private static final String[] SECOND = {"processing", "storage", "routing", "tuning", "testing", "security",
        "design", "migration", "scaling", "latency", "pipelines", "serving", "analysis", "recovery", "platform",
        "compaction", "discovery", "ingestion", "rollout", "budget", "planning", "modeling", "search", "sync",
        "review"};
    private static final int MOST_COMMON = 300;

    private ManyTags() {
    }

    /** The name of the tag with this frequency rank (0 = most common); distinct for ranks below 50,000. */
    public static String tag(int rank) {
        int spread = (int) ((rank * 7919L) % 50_000); // so frequency does not follow the alphabet
        int pair = spread % (FIRST.length * SECOND.length);
        int round = spread / (FIRST.length * SECOND.length);
        String name = FIRST[pair % FIRST.length] + "-" + SECOND[pair / FIRST.length];
        return round == 0 ? name : name + "-" + (round + 1);
    }

    /** How many articles carry the tag with this rank: 300 for the first, then about 300 / (rank + 1), at least 1. */
    public static int count(int rank) {
        return Math.max(1, Math.round(MOST_COMMON / (rank + 1f)));
    }

    /** Writes {@code articles} articles (at least 300) carrying {@code tags} distinct tags between them. */
    public static Path write(Path file, int articles, int tags) throws IOException {
        if (articles < MOST_COMMON) {
            throw new IllegalArgumentException("need at least " + MOST_COMMON + " articles");
        }
        List<List<String>> tagsOf = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            tagsOf.add(new ArrayList<>());
        }
        for (int rank = 0; rank < tags; rank++) {
            for (int k = 0; k < count(rank); k++) {
                tagsOf.get((rank * 31 + k) % articles).add(tag(rank));
            }
        }
        StringBuilder json = new StringBuilder("{\"articles\": [\n");
        for (int i = 0; i < articles; i++) {
            List<String> articleTags = tagsOf.get(i);
            json.append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"synthetic-").append(i).append("\", ")
                    .append("\"title\": \"Synthetic article ").append(i + 1)
                    .append(articleTags.isEmpty() ? "" : " on " + articleTags.get(0)).append("\", ")
                    .append("\"company\": \"Example\", \"summary\": \"A generated article.\", ")
                    .append("\"tags\": [");
            for (int t = 0; t < articleTags.size(); t++) {
                json.append(t == 0 ? "\"" : ", \"").append(articleTags.get(t)).append('"');
            }
            json.append("], \"readMinutes\": ").append(3 + i % 12)
                    .append(", \"url\": \"https://example.com/articles/").append(i).append("\", ")
                    .append("\"published\": \"").append(LocalDate.of(2024, 1, 1).plusDays(i % 700)).append("\", ")
                    .append("\"authors\": [\"Sam Example\"]}");
        }
        json.append("\n]}\n");
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
