package org.readinglist.feeds;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.readinglist.web.FeedFetchOutcome;
import org.readinglist.web.FeedFetcher;
import org.readinglist.web.FetchProblem;
import org.readinglist.web.UrlNormalizer;

/** Feeds read from the web: fetched with a {@link FeedFetcher}, parsed with {@link FeedParser}. */
public final class WebFeedSource implements FeedSource {

    private final FeedFetcher fetcher;

    public WebFeedSource(FeedFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    @Override
    public FeedRead read(String url, String etag, String lastModified) {
        Optional<URI> address = UrlNormalizer.parseWebAddress(url);
        if (address.isEmpty()) {
            return new FeedRead.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_WEB_ADDRESS), Optional.empty(), null);
        }
        FeedFetchOutcome outcome = fetcher.fetch(address.get(), etag, lastModified);
        if (outcome instanceof FeedFetchOutcome.Fetched fetched) {
            String movedTo = fetched.movedTo().map(URI::toString).orElse(null);
            try {
                FeedDocument document = FeedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
                return new FeedRead.Fetched(document, fetched.etag(), fetched.lastModified(), movedTo);
            } catch (FeedParseException e) {
                return new FeedRead.Failed(problemOf(e), Optional.empty(), movedTo);
            }
        }
        if (outcome instanceof FeedFetchOutcome.NotModified notModified) {
            return new FeedRead.NotModified(notModified.movedTo().map(URI::toString).orElse(null));
        }
        if (outcome instanceof FeedFetchOutcome.Gone) {
            return new FeedRead.Failed(new FeedProblem(FeedProblem.Kind.GONE, OptionalInt.of(410)), Optional.empty(),
                    null);
        }
        FeedFetchOutcome.Failed failed = (FeedFetchOutcome.Failed) outcome;
        return new FeedRead.Failed(problemOf(failed), failed.retryAfter(), null);
    }

    @Override
    public FeedLookup lookup(String url) {
        Optional<URI> address = UrlNormalizer.parseWebAddress(url.strip());
        if (address.isEmpty()) {
            return new FeedLookup.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_WEB_ADDRESS));
        }
        FeedFetchOutcome outcome = fetcher.fetch(address.get());
        if (outcome instanceof FeedFetchOutcome.Fetched fetched) {
            try {
                return new FeedLookup.Feed(fetched.finalUrl().toString(),
                        FeedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl()));
            } catch (FeedParseException e) {
                if (e.kind() != FeedParseException.Kind.NOT_A_FEED) {
                    return new FeedLookup.Failed(problemOf(e));
                }
                List<FeedLookup.Offered> offered = FeedDiscovery.find(fetched.body(), fetched.contentType(),
                        fetched.finalUrl()).stream()
                        .map(found -> new FeedLookup.Offered(found.title(), found.url().toString())).toList();
                return offered.isEmpty() ? new FeedLookup.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_FEED))
                        : new FeedLookup.Choices(offered);
            }
        }
        if (outcome instanceof FeedFetchOutcome.Gone) {
            return new FeedLookup.Failed(new FeedProblem(FeedProblem.Kind.GONE, OptionalInt.of(410)));
        }
        if (outcome instanceof FeedFetchOutcome.Failed failed) {
            return new FeedLookup.Failed(problemOf(failed));
        }
        // a first request sends no validators, so it is never "not modified"
        return new FeedLookup.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_FEED));
    }

    private static FeedProblem problemOf(FeedParseException e) {
        return FeedProblem.of(e.kind() == FeedParseException.Kind.NOT_A_FEED ? FeedProblem.Kind.NOT_A_FEED
                : FeedProblem.Kind.MALFORMED);
    }

    private static FeedProblem problemOf(FeedFetchOutcome.Failed failed) {
        FeedProblem.Kind kind = switch (failed.problem()) {
            case NOT_A_WEB_ADDRESS -> FeedProblem.Kind.NOT_A_WEB_ADDRESS;
            case HTTP_STATUS -> FeedProblem.Kind.HTTP_STATUS;
            case TOO_MANY_REDIRECTS -> FeedProblem.Kind.TOO_MANY_REDIRECTS;
            case TIMED_OUT, INTERRUPTED -> FeedProblem.Kind.TIMED_OUT;
            case TOO_LARGE -> FeedProblem.Kind.TOO_LARGE;
            case UNREACHABLE -> FeedProblem.Kind.OFFLINE;
            case CERTIFICATE -> FeedProblem.Kind.CERTIFICATE;
            case UNREADABLE_ENCODING -> FeedProblem.Kind.MALFORMED;
        };
        return new FeedProblem(kind, failed.problem() == FetchProblem.HTTP_STATUS ? failed.httpStatus()
                : OptionalInt.empty());
    }
}
