package org.readinglist.ui.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readinglist.model.Article;
import org.readinglist.web.UrlNormalizer;

/** The listed articles by the key of their address ({@link UrlNormalizer#key}), to find one added twice. */
final class ListedAddresses {

    private final Map<String, Article> byKey;

    private ListedAddresses(Map<String, Article> byKey) {
        this.byKey = byKey;
    }

    /** Keys every article's address: a moment's work on a long list, so done off the JavaFX thread. */
    static ListedAddresses of(List<Article> articles) {
        Map<String, Article> byKey = new HashMap<>();
        for (Article article : articles) {
            String address = article.url();
            if (address != null) {
                byKey.putIfAbsent(UrlNormalizer.key(address), article);
            }
        }
        return new ListedAddresses(byKey);
    }

    /** The article listed under the key, unless it is {@code except} (the one being edited, or null). */
    Optional<Article> find(String key, Article except) {
        Article found = key == null ? null : byKey.get(key);
        return found == null || (except != null && found.hasSameId(except)) ? Optional.empty() : Optional.of(found);
    }
}
