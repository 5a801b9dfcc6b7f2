package org.readinglist.persistence.files;

import org.readinglist.persistence.JsonProblems;


/**
 * Why one article of an articles file cannot be used, as a fact: the window (or the strict reader's refusal) puts it
 * into words with {@link ArticleProblemWords}.
 *
 * @param position the article's place in the file's list, from 1
 * @param title    the article's title as quoted in a message (at most 80 characters, nothing that garbles a line),
 *                 or null when it has none that can be shown
 * @param reason   what is wrong
 * @param detail   the field concerned ({@link Reason#NOT_TEXT}, {@link Reason#NOT_TEXT_LIST},
 *                 {@link Reason#NOT_AN_INSTANT}), the text that is not a date ({@link Reason#PUBLISHED_NOT_DATE}) or
 *                 the repeated id ({@link Reason#DUPLICATE_ID}), as quoted; else empty
 * @param earlier  the place of the article that has the id already ({@link Reason#DUPLICATE_ID}), else 0
 */
public record ArticleProblem(int position, String title, Reason reason, String detail, int earlier) {

    public enum Reason {
        /** The value in the list is not an object. */
        NOT_AN_OBJECT,
        TITLE_MISSING,
        ID_EMPTY,
        /** {@code detail} is a field that must be text. */
        NOT_TEXT,
        /** {@code detail} is a field that must be a list of texts. */
        NOT_TEXT_LIST,
        READ_MINUTES_NOT_WHOLE,
        READ_MINUTES_NOT_WHOLE_IN_RANGE,
        READ_MINUTES_OUT_OF_RANGE,
        /** {@code detail} is the text that is not a date. */
        PUBLISHED_NOT_DATE,
        /** {@code detail} is the field ({@code readAt}, {@code unreadAt}) that is not a moment. */
        NOT_AN_INSTANT,
        /** {@code detail} is the id, {@code earlier} the article that has it already. */
        DUPLICATE_ID
    }

    public ArticleProblem {
        detail = detail == null ? "" : detail;
    }

    static ArticleProblem of(int position, String title, Reason reason, String detail) {
        return new ArticleProblem(position, title == null || title.isBlank() ? null : JsonProblems.shown(title),
                reason, detail == null ? "" : JsonProblems.shown(detail), 0);
    }
}
