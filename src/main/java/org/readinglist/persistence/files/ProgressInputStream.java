package org.readinglist.persistence.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/** Counts the bytes read and reports the part of the whole read so far, once per percent at most. */
final class ProgressInputStream extends FilterInputStream {

    private final long total;
    private final DoubleConsumer progress;
    private long read;
    private long nextReport;

    ProgressInputStream(InputStream in, long total, DoubleConsumer progress) {
        super(in);
        this.total = Math.max(1, total);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            advance(count);
        }
        return count;
    }

    /**
     * Nothing, without asking the system: a reader asks once per buffer it fills, and on a file every answer is a
     * system call (a fifth of the time it takes to read a long list). Reading is not slowed by the answer.
     */
    @Override
    public int available() {
        return 0;
    }

    private void advance(int count) {
        read += count;
        if (read >= nextReport) {
            nextReport = read + total / 100;
            progress.accept(Math.min(1.0, (double) read / total));
        }
    }
}
