package org.readinglist.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A feed the user follows, as the library keeps it.
 *
 * @param id           the library's number for it
 * @param url          the feed's address; a permanent redirect changes it
 * @param name         what the user calls it ("Netflix Technology Blog")
 * @param company      the company its articles are shown with ("Netflix")
 * @param siteUrl      the site the feed belongs to, null when unknown
 * @param tags         tags every article from it gets, besides its own
 * @param paused       whether refreshing passes it by (the user paused it, or the server said it is gone)
 * @param lastSuccess  when a fetch last succeeded (a new document or "not modified"), null when never
 * @param problem      what went wrong with the last fetch, null when it succeeded or none was tried
 * @param failures     fetches that failed in a row
 * @param nextAttempt  the earliest time to try a failing feed again, null when there is no pause
 * @param articleCount how many articles of the library came from it
 */
public record Subscription(long id, String url, String name, String company, String siteUrl, List<String> tags,
                           boolean paused, Instant lastSuccess, FeedProblem problem, int failures,
                           Instant nextAttempt, int articleCount) {
    public Subscription {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
        tags = List.copyOf(tags);
    }
}
