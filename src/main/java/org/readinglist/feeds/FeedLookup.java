package org.readinglist.feeds;

import java.util.List;
import java.util.Objects;

/** What an address the user gives for a new feed turned out to be. */
public sealed interface FeedLookup {

    /** A feed: its address (after redirects) and its document. */
    record Feed(String url, FeedDocument document) implements FeedLookup {
        public Feed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(document, "document");
        }
    }

    /** A web page that names feeds of its own, for the user to pick one. */
    record Choices(List<Offered> feeds) implements FeedLookup {
        public Choices {
            feeds = List.copyOf(feeds);
        }
    }

    /** Neither: why. */
    record Failed(FeedProblem problem) implements FeedLookup {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** A feed a page names: its title there (possibly empty) and its address. */
    record Offered(String title, String url) {
        public Offered {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }
}
