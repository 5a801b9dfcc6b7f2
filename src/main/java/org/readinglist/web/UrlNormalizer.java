package org.readinglist.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.readinglist.model.FieldLimits;

/**
 * Web addresses: which texts are ones, and the form in which two addresses of the same article compare equal.
 */
public final class UrlNormalizer {

    /**
     * Query parameters that say where a reader came from, not which page they read. {@code source} is Medium's; it is
     * dropped on every host because Medium blogs also live on their own domains.
     */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "source");

    private UrlNormalizer() {
    }

    /**
     * The text as an absolute http or https address with a host, trimmed; empty for anything else: other schemes
     * ({@code javascript:}, {@code file:}, {@code data:} …), relative addresses, texts that are no URI, and texts
     * longer than {@link FieldLimits#URL}.
     */
    public static Optional<URI> parseWebAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > FieldLimits.URL) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isEmpty() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The form of an address in which two addresses of the same article are equal: {@code http} and {@code https}
     * both become {@code https} (most sites send one to the other), scheme and host in lower case, the scheme's
     * default port dropped, the fragment dropped, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid},
     * {@code mc_cid}, {@code mc_eid}, {@code source}) and empty parameters dropped, the others kept in their order,
     * an empty query dropped and an empty path made {@code /}. The path is kept as written, a trailing slash too.
     *
     * <p>A text that is no web address (see {@link #parseWebAddress}) comes back trimmed; {@code null} stays null.
     */
    public static String key(String url) {
        if (url == null) {
            return null;
        }
        Optional<URI> parsed = parseWebAddress(url);
        if (parsed.isEmpty()) {
            return url.strip();
        }
        URI uri = parsed.get();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(url.length()).append("https://");
        if (uri.getRawUserInfo() != null) {
            key.append(uri.getRawUserInfo()).append('@');
        }
        key.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = scheme.equals("http") ? port == 80 : port == 443;
        if (port != -1 && !defaultPort) {
            key.append(':').append(port);
        }
        String path = uri.getRawPath();
        key.append(path == null || path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        return key.toString();
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&", -1)) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
