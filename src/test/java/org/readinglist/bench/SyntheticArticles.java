package org.readinglist.bench;

import static org.readinglist.bench.SyntheticVocabulary.ADJECTIVES;
import static org.readinglist.bench.SyntheticVocabulary.CONNECTORS;
import static org.readinglist.bench.SyntheticVocabulary.NOUNS;
import static org.readinglist.bench.SyntheticVocabulary.SUMMARY_OPENERS;
import static org.readinglist.bench.SyntheticVocabulary.SUMMARY_VERBS;
import static org.readinglist.bench.SyntheticVocabulary.TECHNOLOGIES;
import static org.readinglist.bench.SyntheticVocabulary.TITLE_OPENERS;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.readinglist.model.Article;

/**
 * Makes one article after the other from a seeded {@link SplittableRandom}; the same seed and tag pool give the same
 * articles. Company, tag and author names and the dates come from shared tables, so a million articles hold one
 * copy of each.
 */
final class SyntheticArticles {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    static final LocalDate FIRST_DAY = LAST_DAY.minusYears(10).plusDays(1);

    /** Exponents of the rank distributions: tags as in word counts; companies flatter (many blog now and then). */
    private static final double TAG_EXPONENT = 1.0;
    private static final double COMPANY_EXPONENT = 0.7;

    private static final List<String> COMPANIES = SyntheticVocabulary.companies();
    private static final List<String> COMPANY_HOSTS =
            COMPANIES.stream().map(c -> "https://" + SyntheticVocabulary.slug(c) + ".example.com/blog/").toList();
    private static final List<String> AUTHORS = SyntheticVocabulary.authors();
    private static final LocalDate[] DAYS = days();

    private final SplittableRandom random;
    private final List<String> tags;
    private final ZipfSampler tagRanks;
    private final ZipfSampler companyRanks;
    private final StringBuilder text = new StringBuilder(160);
    private int number;

    SyntheticArticles(long seed, int tagPool) {
        this.random = new SplittableRandom(seed);
        this.tags = SyntheticVocabulary.tagPool(tagPool);
        this.tagRanks = new ZipfSampler(tagPool, TAG_EXPONENT);
        this.companyRanks = new ZipfSampler(COMPANIES.size(), COMPANY_EXPONENT);
    }

    static List<String> companies() {
        return COMPANIES;
    }

    /** The next article; ids are "a1", "a2", … in order. */
    Article next() {
        number++;
        String title = title();
        int company = companyRanks.sample(random);
        String summary = summary();
        List<String> articleTags = tags();
        int readMinutes = 2 + Math.min(random.nextInt(29), random.nextInt(29)); // 2–30, short ones more common
        LocalDate published = random.nextInt(100) == 0 ? null : DAYS[random.nextInt(DAYS.length)];
        List<String> authors = random.nextInt(10) == 0 ? null : authors();
        String url = COMPANY_HOSTS.get(company) + SyntheticVocabulary.slug(title) + "-" + number;
        return new Article(id(number), title, COMPANIES.get(company), summary, articleTags, readMinutes, url,
                published, authors);
    }

    static String id(int number) {
        return "a" + number;
    }

    /** 3–12 words, most often 6–8: sometimes an opener such as "How we", then noun phrases. */
    private String title() {
        int words = 3 + random.nextInt(5) + random.nextInt(6);
        text.setLength(0);
        int used = 0;
        if (random.nextInt(2) == 0) {
            String opener = pick(TITLE_OPENERS);
            int openerWords = wordCount(opener);
            if (openerWords <= words - 2) {
                text.append(opener);
                used = openerWords;
            }
        }
        phrase(words - used);
        return capitalized();
    }

    /** One sentence of 8–20 words ending in a full stop. */
    private String summary() {
        int words = 8 + random.nextInt(13);
        text.setLength(0);
        String opener = pick(SUMMARY_OPENERS);
        text.append(opener);
        int used = wordCount(opener);
        if (words - used >= 5) {
            phrase(2);
            text.append(" that ").append(pick(SUMMARY_VERBS));
            used += 4;
        }
        phrase(words - used);
        text.append('.');
        return capitalized();
    }

    /**
     * Appends exactly {@code words} words as noun phrases ("multi-region Kafka clusters") mostly joined by
     * connectors ("with"), never starting or ending with a connector.
     */
    private void phrase(int words) {
        int left = words;
        boolean first = true;
        while (left > 0) {
            if (!first && left >= 2 && random.nextInt(10) < 7) {
                append(pick(CONNECTORS));
                left--;
            }
            int length = 1 + random.nextInt(Math.min(left, 3));
            if (length == 3) {
                append(pick(ADJECTIVES));
                append(pick(TECHNOLOGIES));
            } else if (length == 2) {
                append(random.nextBoolean() ? pick(ADJECTIVES) : pick(TECHNOLOGIES));
            }
            append(length == 1 && random.nextInt(4) == 0 ? pick(TECHNOLOGIES) : pick(NOUNS));
            left -= length;
            first = false;
        }
    }

    private void append(String word) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(word);
    }

    /** Upper-cases the first letter, unless the word is a name with capitals inside such as "gRPC" or "iOS". */
    private String capitalized() {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(1))) {
            text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        }
        return text.toString();
    }

    /** 1–5 distinct tags, each drawn from the Zipf-ranked pool. */
    private List<String> tags() {
        int count = Math.min(1 + Math.min(random.nextInt(5), random.nextInt(6)), tags.size());
        int[] ranks = new int[count];
        int drawn = 0;
        while (drawn < count) {
            int rank = tagRanks.sample(random);
            if (!contains(ranks, drawn, rank)) {
                ranks[drawn++] = rank;
            }
        }
        List<String> chosen = new ArrayList<>(count);
        for (int rank : ranks) {
            chosen.add(tags.get(rank));
        }
        return chosen;
    }

    /** 1–3 distinct names. */
    private List<String> authors() {
        int count = 1 + Math.min(random.nextInt(3), random.nextInt(3));
        int[] picked = new int[count];
        int drawn = 0;
        while (drawn < count) {
            int author = random.nextInt(AUTHORS.size());
            if (!contains(picked, drawn, author)) {
                picked[drawn++] = author;
            }
        }
        List<String> names = new ArrayList<>(count);
        for (int author : picked) {
            names.add(AUTHORS.get(author));
        }
        return names;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static int wordCount(String text) {
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private static LocalDate[] days() {
        LocalDate[] days = new LocalDate[(int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1];
        for (int i = 0; i < days.length; i++) {
            days[i] = FIRST_DAY.plusDays(i);
        }
        return days;
    }
}
