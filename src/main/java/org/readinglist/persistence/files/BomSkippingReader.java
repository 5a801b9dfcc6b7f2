package org.readinglist.persistence.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Drops a leading UTF-8 byte order mark, which some editors write and JSON parsers reject. */
final class BomSkippingReader extends FilterReader {

    private boolean atStart = true;

    BomSkippingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (atStart && n > 0) {
            atStart = false;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n == 1 ? read(buffer, offset, length) : n - 1;
            }
        }
        return n;
    }
}
