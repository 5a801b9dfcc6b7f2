package org.readinglist.persistence;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Article;

/**
 * Turns the article objects of one "articles" list into articles, in file order: checks every field, shares values
 * that repeat, refuses duplicate ids, and keeps the first problem. Used by one thread at a time.
 */
final class ArticleConverter {

    private static final BigDecimal MAX_READ_MINUTES = BigDecimal.valueOf(100_000);

    /** The articles of one "articles" value, or the first problem found in it. */
    static final class Articles {
        final List<Article> articles = new ArrayList<>();
        ArticlesFileException problem;

        static Articles failed(ArticlesFileException problem) {
            Articles articles = new Articles();
            articles.problem = problem;
            return articles;
        }
    }

    private final String source;
    private final Messages messages;
    private final Articles found = new Articles();
    private final Map<String, Integer> positionById = new HashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();
    private int position;

    ArticleConverter(String source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    void accept(JsonElement element) {
        position++;
        if (found.problem != null) {
            return;
        }
        try {
            Article article = toArticle(source, position, element, shared);
            Integer earlier = positionById.putIfAbsent(article.id(), position);
            if (earlier != null) {
                throw new ArticlesFileException(source, messages.format("articles.duplicateId",
                        describe(position, article.title()), JsonProblems.shown(article.id()), earlier));
            }
            found.articles.add(article);
        } catch (ArticlesFileException e) {
            found.problem = e;
            found.articles.clear();
        }
    }

    Articles found() {
        return found;
    }

    private Article toArticle(String source, int position, JsonElement element, Map<Object, Object> shared)
            throws ArticlesFileException {
        if (!element.isJsonObject()) {
            throw new ArticlesFileException(source, messages.format("articles.notAnObject", position));
        }
        JsonObject object = element.getAsJsonObject();
        try {
            String title = optionalString(object, "title");
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException(messages.get("articles.titleMissing"));
            }
            String url = optionalString(object, "url");
            String id = optionalString(object, "id");
            if (id != null && id.isBlank()) {
                throw new IllegalArgumentException(messages.get("articles.idEmpty"));
            }
            return new Article(
                    id == null ? ArticleIds.idFor(title, url) : id.strip(),
                    title,
                    share(shared, optionalString(object, "company")),
                    optionalString(object, "summary"),
                    share(shared, stringList(object, "tags", List.of(), shared)),
                    readMinutes(object),
                    url,
                    publishedDate(object, shared),
                    share(shared, stringList(object, "authors", null, shared)));
        } catch (IllegalArgumentException e) {
            JsonElement titleValue = object.get("title");
            String where = describe(position,
                    titleValue != null && isString(titleValue) ? titleValue.getAsString() : null);
            throw new ArticlesFileException(source, messages.format("articles.articleProblem", where, e.getMessage()),
                    e);
        }
    }

    /**
     * One instance per distinct value: companies, tags, authors, dates and whole tag lists repeat across a long
     * list, and sharing them keeps a million articles in a fraction of the memory.
     */
    @SuppressWarnings("unchecked")
    private static <T> T share(Map<Object, Object> shared, T value) {
        if (value == null) {
            return null;
        }
        T known = (T) shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private String describe(int position, String title) {
        if (title == null || title.isBlank()) {
            return messages.format("articles.article", position);
        }
        return messages.format("articles.articleTitled", position, JsonProblems.shown(title));
    }

    private String optionalString(JsonObject object, String field) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!isString(value)) {
            throw new IllegalArgumentException(messages.format("articles.notText", field));
        }
        return value.getAsString();
    }

    private List<String> stringList(JsonObject object, String field, List<String> whenAbsent,
                                           Map<Object, Object> shared) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return whenAbsent;
        }
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException(messages.format("articles.notTextList", field));
        }
        Set<String> values = new LinkedHashSet<>(); // keeps the file's order; a list's contains() is quadratic
        for (JsonElement item : value.getAsJsonArray()) {
            if (!isString(item)) {
                throw new IllegalArgumentException(messages.format("articles.notTextList", field));
            }
            String text = item.getAsString().strip();
            if (!text.isEmpty()) {
                values.add(share(shared, text));
            }
        }
        return List.copyOf(values);
    }

    private int readMinutes(JsonObject object) {
        JsonElement value = object.get("readMinutes");
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesWhole"));
        }
        BigDecimal minutes;
        try {
            minutes = value.getAsJsonPrimitive().getAsBigDecimal();
        } catch (NumberFormatException e) {
            // Gson refuses exponents beyond 10000 and numbers of more than 10000 digits, and says so in its own words
            throw new IllegalArgumentException(messages.get("articles.readMinutesWholeInRange"), e);
        }
        if (minutes.signum() != 0 && minutes.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesWhole"));
        }
        if (minutes.signum() < 0 || minutes.compareTo(MAX_READ_MINUTES) > 0) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesInRange"));
        }
        return minutes.intValue();
    }

    private record DateText(String text) {
    }

    /** Dates repeat across a long list: each distinct text is parsed once. */
    private LocalDate publishedDate(JsonObject object, Map<Object, Object> shared) {
        String text = optionalString(object, "published");
        if (text == null) {
            return null;
        }
        // keyed apart from the shared texts: a company may be called "2024-01-01" too
        DateText key = new DateText(text);
        Object known = shared.get(key);
        if (known != null) {
            return (LocalDate) known;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            shared.put(key, date);
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.format("articles.publishedNotDate", JsonProblems.shown(text)),
                    e);
        }
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
    }
}
