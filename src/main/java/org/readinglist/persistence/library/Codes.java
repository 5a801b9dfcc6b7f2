package org.readinglist.persistence.library;

import java.sql.SQLException;

/** SQLite's primary result codes in the exceptions the driver throws. */
final class Codes {

    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int READONLY = 8;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int NOTADB = 26;

    private Codes() {
    }

    static int primary(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    static boolean isNotADatabase(SQLException e) {
        int code = primary(e);
        return code == NOTADB || code == CORRUPT;
    }

    static boolean isBusy(SQLException e) {
        int code = primary(e);
        return code == BUSY || code == LOCKED;
    }
}
