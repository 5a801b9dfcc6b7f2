package org.readinglist.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first schema.org article (Article, BlogPosting, NewsArticle, TechArticle) that a page describes in its
 * {@code application/ld+json} scripts: at the top of a script, in a top-level array, in an {@code @graph}, or as a
 * {@code mainEntity}. Scripts that are no JSON are passed over. The values are raw: markup, limits and cleaning are
 * left to the caller.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "blogposting", "newsarticle", "techarticle");
    /** Deeper JSON is no page description but an attack on the parser's stack. */
    private static final int NESTING_LIMIT = 64;
    /** How many JSON values are looked at in all, whatever the page holds. */
    private static final int VISIT_LIMIT = 10_000;
    /** How many authors or keywords are taken from one value. */
    private static final int LIST_LIMIT = 1_000;

    private final JsonObject article;

    private JsonLd(JsonObject article) {
        this.article = article;
    }

    static JsonLd of(Document page) {
        int[] budget = {VISIT_LIMIT};
        for (Element script : page.select("script[type]")) {
            String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!type.equals("application/ld+json") && !type.startsWith("application/ld+json;")) {
                continue;
            }
            Optional<JsonObject> found = parse(script.data()).flatMap(root -> findArticle(root, budget));
            if (found.isPresent()) {
                return new JsonLd(found.get());
            }
            if (budget[0] <= 0) {
                break;
            }
        }
        return new JsonLd(new JsonObject());
    }

    Optional<String> headline() {
        return text(article.get("headline"));
    }

    Optional<String> description() {
        return text(article.get("description"));
    }

    Optional<String> datePublished() {
        return text(article.get("datePublished"));
    }

    /** The authors' names: of a person or organization object with a name, or plain strings; alone or in an array. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        for (JsonElement author : items(article.get("author"))) {
            JsonElement name = author.isJsonObject() ? author.getAsJsonObject().get("name") : author;
            text(name).ifPresent(names::add);
        }
        return names;
    }

    /** The keywords: one string of comma-separated ones, or an array of strings. */
    List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        for (JsonElement item : items(article.get("keywords"))) {
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                for (String keyword : item.getAsString().split(",", LIST_LIMIT)) {
                    keywords.add(keyword);
                }
            }
        }
        return keywords;
    }

    private static Optional<JsonElement> parse(String json) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setNestingLimit(NESTING_LIMIT);
            return Optional.of(JsonParser.parseReader(reader));
        } catch (RuntimeException e) {
            return Optional.empty(); // a page's broken JSON-LD only means it says less
        }
    }

    /** Breadth first and without recursion, so that neither depth nor size of the JSON can hurt. */
    private static Optional<JsonObject> findArticle(JsonElement root, int[] budget) {
        Deque<JsonElement> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && budget[0]-- > 0) {
            JsonElement element = queue.poll();
            if (element.isJsonArray()) {
                element.getAsJsonArray().forEach(queue::add);
            } else if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                if (isArticle(object.get("@type"))) {
                    return Optional.of(object);
                }
                for (String nested : new String[] {"@graph", "mainEntity"}) {
                    JsonElement value = object.get(nested);
                    if (value != null) {
                        queue.add(value);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonElement type) {
        for (JsonElement item : items(type)) {
            if (item.isJsonPrimitive()) {
                String name = item.getAsString();
                // "BlogPosting", "schema:BlogPosting" and "https://schema.org/BlogPosting" alike
                name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
                if (ARTICLE_TYPES.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<JsonElement> items(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            return List.of(value);
        }
        List<JsonElement> items = new ArrayList<>();
        for (JsonElement item : value.getAsJsonArray()) {
            if (items.size() == LIST_LIMIT) {
                break;
            }
            items.add(item);
        }
        return items;
    }

    /** A string, or the first string of an array. */
    private static Optional<String> text(JsonElement value) {
        for (JsonElement item : items(value)) {
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                return Optional.of(item.getAsString());
            }
        }
        return Optional.empty();
    }
}
