package org.readinglist.persistence;

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
import org.readinglist.persistence.ArticleFields.Field;

/**
 * Turns the values of one "articles" list, as {@link ArticleFields} reads them, into articles, in file order:
 * checks every field, shares values that repeat, refuses duplicate ids, and keeps the first problem. Used by one
 * thread at a time.
 */
final class ArticleConverter {

    private static final int MAX_READ_MINUTES = 100_000;
    /** The limits Gson puts on the numbers it parses, applied to the number texts it hands over. */
    private static final int MAX_NUMBER_LENGTH = 10_000;
    private static final int MAX_NUMBER_SCALE = 10_000;

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
    private final IdPositions positionById = new IdPositions(position -> found.articles.get(position - 1).id());
    private final Map<Object, Object> shared = new HashMap<>();
    private int position;

    ArticleConverter(String source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    void accept(ArticleFields fields) {
        position++;
        if (found.problem != null) {
            return;
        }
        try {
            Article article = toArticle(source, position, fields, shared);
            int earlier = positionById.putIfAbsent(article.id(), position);
            if (earlier != 0) {
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

    private Article toArticle(String source, int position, ArticleFields object, Map<Object, Object> shared)
            throws ArticlesFileException {
        if (object == ArticleFields.NOT_AN_OBJECT) {
            throw new ArticlesFileException(source, messages.format("articles.notAnObject", position));
        }
        try {
            String title = optionalString(object, Field.TITLE);
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException(messages.get("articles.titleMissing"));
            }
            String url = optionalString(object, Field.URL);
            String id = optionalString(object, Field.ID);
            if (id != null && id.isBlank()) {
                throw new IllegalArgumentException(messages.get("articles.idEmpty"));
            }
            return new Article(
                    id == null ? ArticleIds.idFor(title, url) : id.strip(),
                    title,
                    share(shared, optionalString(object, Field.COMPANY)),
                    optionalString(object, Field.SUMMARY),
                    shareOne(shared, stringList(object, Field.TAGS, List.of(), shared)),
                    readMinutes(object),
                    url,
                    publishedDate(object, shared),
                    shareOne(shared, stringList(object, Field.AUTHORS, null, shared)));
        } catch (IllegalArgumentException e) {
            String where = describe(position, object.get(Field.TITLE) instanceof String title ? title : null);
            throw new ArticlesFileException(source, messages.format("articles.articleProblem", where, e.getMessage()),
                    e);
        }
    }

    /**
     * One instance per distinct value: companies, tags, authors, dates and one-tag lists repeat across a long list,
     * and sharing them keeps a million articles in a fraction of the memory.
     */
    @SuppressWarnings("unchecked")
    private static <T> T share(Map<Object, Object> shared, T value) {
        if (value == null) {
            return null;
        }
        T known = (T) shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /**
     * Shares lists of one value, which repeat (one tag, one author). Longer combinations seldom do: keeping each in
     * the map would cost more than the copies it saves.
     */
    private static List<String> shareOne(Map<Object, Object> shared, List<String> values) {
        return values != null && values.size() == 1 ? share(shared, values) : values;
    }

    private String describe(int position, String title) {
        if (title == null || title.isBlank()) {
            return messages.format("articles.article", position);
        }
        return messages.format("articles.articleTitled", position, JsonProblems.shown(title));
    }

    private String optionalString(ArticleFields object, Field field) {
        Object value = object.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException(messages.format("articles.notText", field.jsonName));
    }

    private List<String> stringList(ArticleFields object, Field field, List<String> whenAbsent,
                                    Map<Object, Object> shared) {
        Object value = object.get(field);
        if (value == null) {
            return whenAbsent;
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException(messages.format("articles.notTextList", field.jsonName));
        }
        if (items.size() == 1) {
            String text = ((String) items.get(0)).strip();
            return text.isEmpty() ? List.of() : List.of(share(shared, text));
        }
        Set<String> values = new LinkedHashSet<>(); // keeps the file's order; a list's contains() is quadratic
        for (Object item : items) {
            String text = ((String) item).strip();
            if (!text.isEmpty()) {
                values.add(share(shared, text));
            }
        }
        return List.copyOf(values);
    }

    private int readMinutes(ArticleFields object) {
        Object value = object.get(Field.READ_MINUTES);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof ArticleFields.NumberText number)) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesWhole"));
        }
        String text = number.text();
        if (text.length() <= 6 && isDigits(text)) { // almost every value: a plain count of minutes
            return inRange(Integer.parseInt(text));
        }
        BigDecimal minutes;
        try {
            if (text.length() > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("too long");
            }
            minutes = new BigDecimal(text);
            if (Math.abs((long) minutes.scale()) >= MAX_NUMBER_SCALE) {
                throw new NumberFormatException("exponent too large");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesWholeInRange"), e);
        }
        if (minutes.signum() != 0 && minutes.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesWhole"));
        }
        if (minutes.signum() < 0 || minutes.compareTo(BigDecimal.valueOf(MAX_READ_MINUTES)) > 0) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesInRange"));
        }
        return minutes.intValue();
    }

    private int inRange(int minutes) {
        if (minutes > MAX_READ_MINUTES) {
            throw new IllegalArgumentException(messages.get("articles.readMinutesInRange"));
        }
        return minutes;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private record DateText(String text) {
    }

    /** Dates repeat across a long list: each distinct text is parsed once. */
    private LocalDate publishedDate(ArticleFields object, Map<Object, Object> shared) {
        String text = optionalString(object, Field.PUBLISHED);
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
}
