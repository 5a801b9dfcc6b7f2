package org.readinglist.web;

/**
 * Why a page or a feed could not be read. These are kinds, not words: the view says them in the user's language.
 */
public enum FetchProblem {
    /**
     * The address is no http or https address with a host; or, with the status of the redirect, a page sent the
     * fetcher to such an address ({@code file:}, {@code javascript:} …), which it does not follow.
     */
    NOT_A_WEB_ADDRESS,
    /** The server answered with a status other than success; the status comes with the outcome. */
    HTTP_STATUS,
    /** More than {@link PageFetcher#MAX_REDIRECTS} redirects, or a loop. */
    TOO_MANY_REDIRECTS,
    /** The page did not arrive, whole, within the fetcher's time. */
    TIMED_OUT,
    /** A page larger than {@link PageFetcher#MAX_BODY_BYTES}, a feed larger than {@link FeedFetcher#MAX_BODY_BYTES}. */
    TOO_LARGE,
    /** No connection: refused, unknown host, offline, or broken off. */
    UNREACHABLE,
    /** The secure connection failed, most often because the site's certificate is not trusted. */
    CERTIFICATE,
    /** The thread that fetched the page was interrupted. */
    INTERRUPTED,
    /**
     * The body came in a content encoding that cannot be undone: one not asked for ({@code br}, {@code deflate} …),
     * or gzip that is broken or cut short.
     */
    UNREADABLE_ENCODING
}
