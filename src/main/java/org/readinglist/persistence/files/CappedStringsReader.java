package org.readinglist.persistence.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes JSON text on with each string cut after its first {@link #MAX_STRING} characters, so that the parser never
 * builds more of a 50 MB title than that (and {@link org.readinglist.model.FieldLimits} keeps far less): reading
 * such a file costs what decoding it does, and a title of hundreds of megabytes cannot fill the heap.
 *
 * <p>Only what the parser would accept anyway is left out: plain characters and the escapes {@code \" \\ \/ \b \f
 * \n \r \t} and {@code \}{@code uXXXX} of a character that is no surrogate. At anything else (a control character,
 * any other escape, the end of the text) the rest of the string is passed on whole, and the parser judges it as it
 * would have. The characters left out never span a line, and {@link #fileColumn} gives back the column in the file
 * of a place the parser reports after them.
 */
final class CappedStringsReader extends FilterReader {

    static final int MAX_STRING = 1 << 20;
    private static final int AFTER_BACKSLASH = -1;
    private static final String SIMPLE_ESCAPES = "\"\\/bfnrt";

    /** Characters left out of one line: {@code count} of them after the {@code column}-th passed on. */
    private record Gap(long line, long column, long count) {
    }

    private final char[] input = new char[8192];
    private int inputPos;
    private int inputEnd;
    private final StringBuilder waiting = new StringBuilder();
    private int waitingPos;
    private final List<Gap> gaps = new ArrayList<>();

    private boolean inString;
    /** In a string passed on: 0, AFTER_BACKSLASH, or the hex digits of a \\u escape still to come. */
    private int escape;
    private long stringLength;
    /** The string's characters are being left out; a string whose rest had to be passed on is never cut again. */
    private boolean dropping;
    private boolean mayDrop = true;
    /** An escape being left out, until it is known to be one the parser accepts. */
    private final StringBuilder held = new StringBuilder();
    private long dropped;
    private long line = 1;
    private long column;

    private char[] out;
    private int outPos;
    private int outEnd;

    private final long maxString;

    CappedStringsReader(Reader in) {
        this(in, MAX_STRING);
    }

    /** @param maxString the characters of a string that are passed on before it is cut (tests use few) */
    CappedStringsReader(Reader in, long maxString) {
        super(in);
        this.maxString = maxString;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        out = buffer;
        outPos = offset;
        outEnd = offset + length;
        while (outPos == offset) {
            while (waitingPos < waiting.length() && outPos < outEnd) {
                out[outPos++] = waiting.charAt(waitingPos++);
            }
            if (waitingPos == waiting.length()) {
                waiting.setLength(0);
                waitingPos = 0;
            }
            if (outPos == outEnd) {
                break;
            }
            if (inputPos == inputEnd) {
                int read = in.read(input, 0, input.length);
                if (read < 0) {
                    endOfInput();
                    if (waiting.isEmpty()) {
                        return outPos == offset ? -1 : outPos - offset;
                    }
                    continue;
                }
                inputPos = 0;
                inputEnd = read;
            }
            while (inputPos < inputEnd && outPos < outEnd && waiting.isEmpty()) {
                accept(input[inputPos++]);
            }
        }
        return outPos - offset;
    }

    /** The column in the file of a place the parser reports at this line and column (both from 1). */
    long fileColumn(long atLine, long atColumn) {
        long fixed = atColumn;
        for (Gap gap : gaps) {
            if (gap.line() == atLine && gap.column() < atColumn) {
                fixed += gap.count();
            }
        }
        return fixed;
    }

    private void accept(char c) {
        if (dropping) {
            drop(c);
        } else {
            pass(c);
        }
    }

    private void pass(char c) {
        emit(c);
        if (!inString) {
            if (c == '"') {
                inString = true;
                stringLength = 0;
                escape = 0;
                mayDrop = true;
            }
            return;
        }
        if (escape == AFTER_BACKSLASH) {
            escape = c == 'u' ? 4 : 0;
        } else if (escape > 0) {
            escape--;
        } else if (c == '\\') {
            escape = AFTER_BACKSLASH;
        } else if (c == '"') {
            inString = false;
            return;
        }
        if (++stringLength >= maxString && mayDrop && escape == 0 && !Character.isHighSurrogate(c)) {
            dropping = true;
            dropped = 0;
        }
    }

    private void drop(char c) {
        if (!held.isEmpty()) {
            held.append(c);
            if (held.length() == 2 && SIMPLE_ESCAPES.indexOf(c) >= 0) {
                leaveOut(2);
            } else if (held.length() == 2 && c == 'u' || held.length() > 2 && held.length() < 6 && isHex(c)) {
                return; // more to come
            } else if (held.length() == 6 && isHex(c)
                    && !Character.isSurrogate((char) Integer.parseInt(held.substring(2), 16))) {
                leaveOut(6);
            } else {
                passTheRest();
            }
            return;
        }
        if (c == '"') {
            endGap();
            pass(c);
        } else if (c == '\\') {
            held.append(c);
        } else if (c < 0x20) {
            held.append(c);
            passTheRest();
        } else {
            dropped++;
        }
    }

    private void leaveOut(int count) {
        held.setLength(0);
        dropped += count;
    }

    /** Stops cutting the string: what was held goes on to the parser, and so does the rest of the string. */
    private void passTheRest() {
        endGap();
        mayDrop = false;
        String replay = held.toString();
        held.setLength(0);
        for (int i = 0; i < replay.length(); i++) {
            pass(replay.charAt(i));
        }
    }

    private void endGap() {
        dropping = false;
        if (dropped > 0) {
            gaps.add(new Gap(line, column, dropped));
        }
        dropped = 0;
    }

    private void endOfInput() {
        if (dropping) {
            passTheRest();
        }
    }

    private void emit(char c) {
        if (outPos < outEnd && waiting.isEmpty()) {
            out[outPos++] = c;
        } else {
            waiting.append(c);
        }
        if (c == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
