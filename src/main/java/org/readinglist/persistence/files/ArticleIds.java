package org.readinglist.persistence.files;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable article ids: the last path segment of the article's URL (blog platforms put a unique slug there), or a
 * slug of its title when the URL is unknown.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String idFor(String title, String url) {
        if (url != null) {
            String segment = lastPathSegment(url);
            String slug = slug(segment);
            if (!slug.isEmpty()) {
                return slug;
            }
        }
        String slug = slug(title);
        return slug.isEmpty() ? "article" : slug;
    }

    private static String lastPathSegment(String url) {
        try {
            String path = URI.create(url.strip()).getPath();
            if (path == null) {
                return "";
            }
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return trimmed.substring(trimmed.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }
}
