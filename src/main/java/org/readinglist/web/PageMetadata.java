package org.readinglist.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a web page says about the article it shows, as plain text cut to the limits of
 * {@link org.readinglist.model.FieldLimits}. Anything the page does not say is empty rather than guessed.
 *
 * @param url         the page's canonical address if it names an http(s) one, else the address it was read from
 * @param urlKey      {@link UrlNormalizer#key} of {@code url}, to find the article among those already listed
 * @param site        the site's name, for the article's company: the page's own name for it, else the host
 * @param readMinutes the minutes the main text takes at 230 words a minute; empty when it has no words
 */
public record PageMetadata(String url, String urlKey, Optional<String> title, Optional<String> summary,
                           List<String> authors, Optional<LocalDate> published, Optional<String> site,
                           OptionalInt readMinutes, List<String> tags) {

    public PageMetadata {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(urlKey, "urlKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(readMinutes, "readMinutes");
        tags = List.copyOf(tags);
    }
}
