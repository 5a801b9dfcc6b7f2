package org.readinglist.persistence.files;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the bundled {@code articles.json} from the seed files: the original list (company, title, summary,
 * tags, read time, in blocks of five non-blank lines) and the facts file (url, published, authors by title).
 */
final class SeedArticles {

    private static final Pattern READ_TIME = Pattern.compile("(\\d+)\\s*min");

    private SeedArticles() {
    }

    static String buildJson(Path listFile, Path factsFile) throws IOException {
        List<String> lines = Files.readAllLines(listFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() % 5 != 0) {
            throw new IllegalArgumentException(listFile + ": expected blocks of five lines, got " + lines.size());
        }
        Map<String, JsonObject> factsByTitle = new HashMap<>();
        for (JsonElement fact : JsonParser.parseString(Files.readString(factsFile)).getAsJsonArray()) {
            factsByTitle.put(fact.getAsJsonObject().get("title").getAsString(), fact.getAsJsonObject());
        }
        JsonArray articles = new JsonArray();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 5) {
            String title = lines.get(i + 1);
            JsonObject facts = factsByTitle.get(title);
            if (facts == null) {
                throw new IllegalArgumentException(factsFile + ": no facts for \"" + title + "\"");
            }
            Matcher minutes = READ_TIME.matcher(lines.get(i + 4));
            if (!minutes.matches()) {
                throw new IllegalArgumentException(listFile + ": bad read time \"" + lines.get(i + 4) + "\"");
            }
            JsonElement url = orNull(facts.get("url"));
            String id = ArticleIds.idFor(title, url.isJsonNull() ? null : url.getAsString());
            if (ids.contains(id)) {
                throw new IllegalArgumentException("duplicate id " + id);
            }
            ids.add(id);
            JsonObject article = new JsonObject();
            article.addProperty("id", id);
            article.addProperty("title", title);
            article.addProperty("company", lines.get(i));
            article.addProperty("summary", lines.get(i + 2));
            JsonArray tags = new JsonArray();
            for (String tag : lines.get(i + 3).split("\\s+")) {
                tags.add(tag);
            }
            article.add("tags", tags);
            article.addProperty("readMinutes", Integer.parseInt(minutes.group(1)));
            article.add("url", url);
            article.add("published", orNull(facts.get("published")));
            article.add("authors", orNull(facts.get("authors")));
            articles.add(article);
        }
        JsonObject root = new JsonObject();
        root.add("articles", articles);
        Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
        return gson.toJson(root) + "\n";
    }

    private static JsonElement orNull(JsonElement value) {
        return value == null ? JsonNull.INSTANCE : value;
    }
}
