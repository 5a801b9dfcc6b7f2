package org.readinglist.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of the reading list. {@code url}, {@code published} and {@code authors} may be unknown (null);
 * they are kept unknown rather than guessed.
 */
public record Article(
        String id,
        String title,
        String company,
        String summary,
        List<String> tags,
        int readMinutes,
        String url,
        LocalDate published,
        List<String> authors) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        company = company == null ? "" : company;
        summary = summary == null ? "" : summary;
        tags = List.copyOf(tags == null ? List.of() : tags);
        authors = authors == null ? null : List.copyOf(authors);
        if (readMinutes < 0) {
            throw new IllegalArgumentException("readMinutes must not be negative: " + readMinutes);
        }
    }

    public Optional<LocalDate> publishedIfKnown() {
        return Optional.ofNullable(published);
    }

    public Optional<List<String>> authorsIfKnown() {
        return Optional.ofNullable(authors);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
