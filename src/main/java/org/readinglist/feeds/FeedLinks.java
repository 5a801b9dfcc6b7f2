package org.readinglist.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.UrlNormalizer;

/** The web addresses a feed gives, made absolute and kept only when they are http or https. */
final class FeedLinks {

    /** Characters feeds write unescaped in addresses that a URI does not allow; they are escaped as browsers do. */
    private static final String UNSAFE = " \"<>\\^`{|}";

    private FeedLinks() {
    }

    /**
     * The address, resolved against {@code base} when it is relative, as an absolute http(s) address in ASCII; empty
     * for other schemes ({@code javascript:}, {@code mailto:}, {@code data:} …), for texts that are no address even
     * with spaces and the like escaped, and for addresses longer than {@link FieldLimits#URL} (a cut address would
     * lead somewhere else).
     */
    static Optional<String> web(String raw, URI base) {
        return resolve(raw, base).flatMap(uri -> UrlNormalizer.parseWebAddress(uri.toASCIIString()))
                .map(URI::toASCIIString);
    }

    /**
     * The address resolved against {@code base} when it is relative, of whatever scheme; empty for blank texts, texts
     * longer than {@link FieldLimits#URL}, and texts that are no URI even with spaces and the like escaped.
     */
    static Optional<URI> resolve(String raw, URI base) {
        if (raw == null || raw.isBlank() || raw.length() > FieldLimits.URL) {
            return Optional.empty();
        }
        Optional<URI> reference = parse(raw.strip());
        if (reference.isEmpty() || reference.get().isAbsolute()) {
            return reference;
        }
        // an empty path resolves wrongly in java.net.URI ("https://host" + "a" gives "https://hosta")
        URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
        try {
            return Optional.of(from.resolve(reference.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> parse(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            StringBuilder escaped = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (UNSAFE.indexOf(c) >= 0) {
                    escaped.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                } else {
                    escaped.append(c);
                }
            }
            try {
                return Optional.of(new URI(escaped.toString()));
            } catch (URISyntaxException again) {
                return Optional.empty();
            }
        }
    }
}
