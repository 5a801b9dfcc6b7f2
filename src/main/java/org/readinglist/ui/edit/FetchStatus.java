package org.readinglist.ui.edit;

import java.util.OptionalInt;
import org.readinglist.i18n.Messages;
import org.readinglist.web.FetchOutcome;
import org.readinglist.web.FetchProblem;

/** What the editor says about a fetch that did not give a page, in words. */
final class FetchStatus {

    private FetchStatus() {
    }

    /** "Not a web page (application/pdf) …" or "The page could not be fetched: not found (HTTP 404) …". */
    static String of(FetchOutcome outcome, Messages messages) {
        if (outcome instanceof FetchOutcome.NotHtml notHtml) {
            return notHtml.contentType().isEmpty() ? messages.get("editor.notHtmlUnknown")
                    : messages.format("editor.notHtml", notHtml.contentType());
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            return messages.format("editor.fetchFailed", reason(failed.problem(), failed.httpStatus(), messages));
        }
        return messages.get("editor.fetched");
    }

    /** A fetch that threw, which the fetcher does not do on purpose. */
    static String ofError(Exception error, Messages messages) {
        return messages.format("editor.fetchFailed", String.valueOf(error.getMessage()));
    }

    private static String reason(FetchProblem problem, OptionalInt status, Messages messages) {
        return switch (problem) {
            case HTTP_STATUS -> httpStatus(status.orElse(0), messages);
            case NOT_A_WEB_ADDRESS -> messages.get(status.isPresent() ? "editor.problem.badRedirect"
                    : "editor.problem.notWebAddress");
            case TOO_MANY_REDIRECTS -> messages.get("editor.problem.tooManyRedirects");
            case TIMED_OUT -> messages.get("editor.problem.timedOut");
            case TOO_LARGE -> messages.get("editor.problem.tooLarge");
            case UNREACHABLE -> messages.get("editor.problem.offline");
            case CERTIFICATE -> messages.get("editor.problem.certificate");
            case INTERRUPTED -> messages.get("editor.problem.interrupted");
            case UNREADABLE_ENCODING -> messages.get("editor.problem.unreadableEncoding");
        };
    }

    private static String httpStatus(int status, Messages messages) {
        String key;
        if (status == 404 || status == 410) {
            key = "editor.problem.notFound";
        } else if (status == 401 || status == 403) {
            key = "editor.problem.denied";
        } else if (status >= 500) {
            key = "editor.problem.serverError";
        } else {
            key = "editor.problem.httpStatus";
        }
        return messages.format(key, status);
    }
}
