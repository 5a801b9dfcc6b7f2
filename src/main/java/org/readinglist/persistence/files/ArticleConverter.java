package org.readinglist.persistence.files;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readinglist.model.Article;
import org.readinglist.model.FieldLimits;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticleFields.Field;
import org.readinglist.persistence.files.ArticleProblem.Reason;
import org.readinglist.persistence.InstantText;
import org.readinglist.persistence.JsonProblems;

/**
 * Turns the values of one "articles" list, as {@link ArticleFields} reads them, into articles, in file order:
 * checks every field, cleans and cuts texts to {@link FieldLimits}, shares values that repeat, refuses duplicate
 * ids, and keeps the problems as {@link ArticleProblem}s. Strict, it stops at the first problem; lenient, it keeps
 * every article that can be used. Used by one thread at a time.
 */
final class ArticleConverter {

    /** The limits Gson puts on the numbers it parses, applied to the number texts it hands over. */
    private static final int MAX_NUMBER_LENGTH = 10_000;
    private static final int MAX_NUMBER_SCALE = 10_000;
    /** Longer texts are no date and no moment; they are refused without handing them to the parser. */
    private static final int MAX_DATE_LENGTH = 64;

    /** One article that cannot be used: thrown while converting it, caught for the next one. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Reason reason;
        final String detail;

        Refused(Reason reason, String detail) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }

    private final boolean stopAtFirstProblem;
    private final List<Article> articles = new ArrayList<>();
    private int[] positions = new int[256];
    private final IdPositions indexById = new IdPositions(index -> articles.get(index - 1).id());
    private final Map<Object, Object> shared = new HashMap<>();
    private final Map<String, Instant> read = new HashMap<>();
    private final Map<String, Instant> unread = new HashMap<>();
    private final List<ArticleProblem> problems = new ArrayList<>();
    private int problemCount;
    private int cut;
    private int position;
    /** Whether a text of the article being converted was cut. */
    private boolean cutNow;

    ArticleConverter(boolean stopAtFirstProblem) {
        this.stopAtFirstProblem = stopAtFirstProblem;
    }

    void accept(ArticleFields fields) {
        position++;
        if (stopAtFirstProblem && problemCount > 0) {
            return;
        }
        cutNow = false;
        String title = null;
        try {
            if (fields == ArticleFields.NOT_AN_OBJECT) {
                throw new Refused(Reason.NOT_AN_OBJECT, null);
            }
            if (fields.get(Field.TITLE) instanceof String text) {
                title = FieldLimits.clean(text, FieldLimits.TITLE);
            }
            Article article = toArticle(fields);
            title = article.title();
            Instant readAt = instant(fields, Field.READ_AT);
            Instant unreadAt = instant(fields, Field.UNREAD_AT);
            int earlier = indexById.putIfAbsent(article.id(), articles.size() + 1);
            if (earlier != 0) {
                problem(new ArticleProblem(position, JsonProblems.shown(title), Reason.DUPLICATE_ID,
                        JsonProblems.shown(article.id()), positions[earlier - 1]));
                return;
            }
            add(article, readAt, unreadAt);
        } catch (Refused refused) {
            problem(ArticleProblem.of(position, title, refused.reason, refused.detail));
        }
    }

    private void add(Article article, Instant readAt, Instant unreadAt) {
        if (articles.size() == positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[articles.size()] = position;
        articles.add(article);
        if (readAt != null) {
            read.put(article.id(), readAt);
        }
        if (unreadAt != null) {
            unread.put(article.id(), unreadAt);
        }
        if (cutNow) {
            cut++;
        }
    }

    private void problem(ArticleProblem problem) {
        problemCount++;
        if (problems.size() < ArticlesRead.PROBLEMS_KEPT) {
            problems.add(problem);
        }
        if (stopAtFirstProblem) {
            articles.clear();
            read.clear();
            unread.clear();
        }
    }

    /** What the list gave: with a strict converter, no articles once there is a problem. */
    ArticlesRead result() {
        return new ArticlesRead(articles, Arrays.copyOf(positions, articles.size()), new ReadMarks(read, unread),
                problems, problemCount, cut);
    }

    private Article toArticle(ArticleFields object) {
        String title = limited(optionalString(object, Field.TITLE), FieldLimits.TITLE);
        if (title == null || title.isBlank()) {
            throw new Refused(Reason.TITLE_MISSING, null);
        }
        String url = limited(optionalString(object, Field.URL), FieldLimits.URL);
        String id = optionalString(object, Field.ID);
        if (id != null) {
            id = limited(id.strip(), FieldLimits.ID).strip();
            if (id.isEmpty()) {
                throw new Refused(Reason.ID_EMPTY, null);
            }
        }
        return new Article(
                id == null ? ArticleIds.idFor(title, url) : id,
                title,
                share(limited(optionalString(object, Field.COMPANY), FieldLimits.COMPANY)),
                limited(optionalString(object, Field.SUMMARY), FieldLimits.SUMMARY),
                shareOne(stringList(object, Field.TAGS, List.of(), FieldLimits.TAG, FieldLimits.TAGS)),
                readMinutes(object),
                url,
                publishedDate(object),
                shareOne(stringList(object, Field.AUTHORS, null, FieldLimits.AUTHOR, FieldLimits.AUTHORS)));
    }

    /**
     * The text without control characters and cut to {@code max}, noting a cut. Cleaning stops once it has more
     * than {@code max} characters, so a 50 MB title costs no more than a short one.
     */
    private String limited(String text, int max) {
        if (text == null) {
            return null;
        }
        // two more than the limit: a cut before a high surrogate keeps one fewer
        String cleaned = FieldLimits.clean(text, max + 2);
        if (cleaned.length() > max) {
            cutNow = true;
            return FieldLimits.clean(cleaned, max);
        }
        return cleaned;
    }

    /**
     * One instance per distinct value: companies, tags, authors, dates and one-tag lists repeat across a long list,
     * and sharing them keeps a million articles in a fraction of the memory.
     */
    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
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
    private List<String> shareOne(List<String> values) {
        return values != null && values.size() == 1 ? share(values) : values;
    }

    private static String optionalString(ArticleFields object, Field field) {
        Object value = object.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new Refused(Reason.NOT_TEXT, field.jsonName);
    }

    /** The texts, stripped, without blanks and repeats, each cut to {@code maxLength}, at most {@code maxCount}. */
    private List<String> stringList(ArticleFields object, Field field, List<String> whenAbsent, int maxLength,
                                    int maxCount) {
        Object value = object.get(field);
        if (value == null) {
            return whenAbsent;
        }
        if (!(value instanceof List<?> items)) {
            throw new Refused(Reason.NOT_TEXT_LIST, field.jsonName);
        }
        if (items.size() == 1) {
            String text = limited((String) items.get(0), maxLength).strip();
            return text.isEmpty() ? List.of() : List.of(share(text));
        }
        Set<String> values = new LinkedHashSet<>(); // keeps the file's order; a list's contains() is quadratic
        for (Object item : items) {
            String text = limited((String) item, maxLength).strip();
            if (!text.isEmpty()) {
                if (values.size() == maxCount) {
                    cutNow = true;
                    break;
                }
                values.add(share(text));
            }
        }
        return List.copyOf(values);
    }

    private static int readMinutes(ArticleFields object) {
        Object value = object.get(Field.READ_MINUTES);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof ArticleFields.NumberText number)) {
            throw new Refused(Reason.READ_MINUTES_NOT_WHOLE, null);
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
            throw new Refused(Reason.READ_MINUTES_NOT_WHOLE_IN_RANGE, null);
        }
        if (minutes.signum() != 0 && minutes.stripTrailingZeros().scale() > 0) {
            throw new Refused(Reason.READ_MINUTES_NOT_WHOLE, null);
        }
        if (minutes.signum() < 0 || minutes.compareTo(BigDecimal.valueOf(FieldLimits.READ_MINUTES)) > 0) {
            throw new Refused(Reason.READ_MINUTES_OUT_OF_RANGE, null);
        }
        return minutes.intValue();
    }

    private static int inRange(int minutes) {
        if (minutes > FieldLimits.READ_MINUTES) {
            throw new Refused(Reason.READ_MINUTES_OUT_OF_RANGE, null);
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
    private LocalDate publishedDate(ArticleFields object) {
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
            if (text.length() > MAX_DATE_LENGTH) {
                throw new DateTimeParseException("too long", "", 0);
            }
            LocalDate date = LocalDate.parse(text.strip());
            shared.put(key, date);
            return date;
        } catch (DateTimeParseException e) {
            throw new Refused(Reason.PUBLISHED_NOT_DATE, text);
        }
    }

    /** A read mark's moment, as {@link Instant#toString} writes it; null when absent. */
    private static Instant instant(ArticleFields object, Field field) {
        String text = optionalString(object, field);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() > MAX_DATE_LENGTH) {
                throw new DateTimeException("too long");
            }
            return InstantText.parse(text.strip());
        } catch (DateTimeException e) {
            throw new Refused(Reason.NOT_AN_INSTANT, field.jsonName);
        }
    }
}
