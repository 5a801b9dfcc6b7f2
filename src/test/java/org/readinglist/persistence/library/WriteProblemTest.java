package org.readinglist.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readinglist.i18n.Messages;

class WriteProblemTest {

    @Test
    void sqliteResultCodesBecomeProblemsInPlainWords() {
        Messages english = Messages.of(Locale.US);

        assertThat(words(new SQLException("[SQLITE_FULL] database or disk is full", "", 13), english))
                .isEqualTo("the disk is full");
        assertThat(words(new SQLException("[SQLITE_READONLY_DBMOVED]", "", 8 | 4 << 8), english))
                .isEqualTo("the file or its folder cannot be written");
        assertThat(words(new SQLException("[SQLITE_BUSY]", "", 5), english))
                .isEqualTo("another program keeps it locked");
        assertThat(words(new SQLException("[SQLITE_CORRUPT]", "", 11), english)).isEqualTo("the file is damaged");
        assertThat(words(new IOException("wrapped", new SQLException("[SQLITE_IOERR_WRITE]", "", 10 | 3 << 8)),
                english)).isEqualTo("the disk refused the write");
        assertThat(WriteProblem.of(new IOException("no database in it"))).isEmpty();
    }

    private static String words(Exception e, Messages messages) {
        return messages.get(WriteProblem.of(e).orElseThrow().messageKey());
    }
}
