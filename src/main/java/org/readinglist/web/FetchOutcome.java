package org.readinglist.web;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/** What came of fetching a page. */
public sealed interface FetchOutcome {

    /** An HTML page, and what it says about its article. */
    record Page(PageMetadata metadata) implements FetchOutcome {
        public Page {
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /**
     * Something other than HTML (a PDF, an image …): the address is worth keeping, the rest is for the user to say.
     *
     * @param finalUrl    the address it was found at, after redirects
     * @param contentType its media type in lower case without parameters ({@code application/pdf}); empty when the
     *                    server named none
     */
    record NotHtml(URI finalUrl, String contentType) implements FetchOutcome {
        public NotHtml {
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /**
     * No page.
     *
     * @param httpStatus the status of the server's last answer where it tells the problem: the failing status for
     *                   {@link FetchProblem#HTTP_STATUS}, the redirect's for a refused or one too many redirect
     */
    record Failed(FetchProblem problem, OptionalInt httpStatus) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(httpStatus, "httpStatus");
        }
    }
}
