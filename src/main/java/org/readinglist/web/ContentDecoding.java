package org.readinglist.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Undoes the {@code Content-Encoding} a body came in, never decoding more than a limit: a few kilobytes of gzip that
 * would inflate to gigabytes cost no more memory than the limit.
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    /**
     * The body decoded: gzip inflated, identity (or no encoding named) as it is. Marked too large, with no bytes,
     * when it decodes to more than {@code limit} bytes; empty for an encoding other than these, or gzip that is
     * broken or cut short.
     *
     * @param contentEncodings the values of the answer's {@code Content-Encoding} headers, in order
     */
    static Optional<CappedBody.Bytes> decode(List<String> contentEncodings, byte[] body, int limit) {
        List<String> codings = contentEncodings.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(coding -> coding.strip().toLowerCase(Locale.ROOT))
                .filter(coding -> !coding.isEmpty() && !coding.equals("identity"))
                .toList();
        if (codings.isEmpty()) {
            return Optional.of(body.length > limit ? tooLarge() : new CappedBody.Bytes(body, false));
        }
        if (codings.size() > 1 || !(codings.get(0).equals("gzip") || codings.get(0).equals("x-gzip"))) {
            return Optional.empty(); // only gzip was asked for
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] decoded = in.readNBytes(limit + 1);
            return Optional.of(decoded.length > limit ? tooLarge() : new CappedBody.Bytes(decoded, false));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static CappedBody.Bytes tooLarge() {
        return new CappedBody.Bytes(new byte[0], true);
    }
}
