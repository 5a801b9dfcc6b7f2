package org.readinglist.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window remembers between starts: settings the user chose and the layout and filters they left.
 * Empty lists and empty optionals mean "as on a first start".
 *
 * @param theme              light, dark or as the operating system says
 * @param language           a language tag such as "de", or empty for the operating system's language
 * @param singleKeyShortcuts whether keys without a modifier (j, k, r, u, o, ?) are shortcuts
 * @param systemDark         the operating system's scheme as last seen, so "System" starts in it
 * @param window             the window's last place and size
 * @param dividers           the split pane's divider positions
 * @param columns            the table's columns in their order, with width and visibility
 * @param sort               the table's sort order; empty optional for the default order
 * @param tags               the selected tags
 * @param tagMatch           whether the selected tags all have to match, or any
 * @param search             the search text
 * @param show               all, unread or read articles
 * @param feedRefreshHours   how often the feeds are refreshed while the app runs: 0 (never by itself), 1, 6 or 24
 */
public record Preferences(ThemeChoice theme, Optional<String> language, boolean singleKeyShortcuts,
                          boolean systemDark, Optional<WindowPlacement> window, List<Double> dividers,
                          List<ColumnLayout> columns, Optional<List<SortKey>> sort, List<String> tags,
                          TagMatch tagMatch, String search, ShowFilter show, int feedRefreshHours) {

    /** The refresh intervals to choose from, in hours; 0 is "never by itself". */
    public static final List<Integer> FEED_REFRESH_HOURS = List.of(0, 1, 6, 24);

    public static final Preferences DEFAULTS = new Preferences(ThemeChoice.SYSTEM, Optional.empty(), true, false,
            Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), TagMatch.ALL, "", ShowFilter.ALL, 6);

    public Preferences {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(window, "window");
        dividers = List.copyOf(dividers);
        columns = List.copyOf(columns);
        sort = sort.map(List::copyOf);
        tags = List.copyOf(tags);
        Objects.requireNonNull(tagMatch, "tagMatch");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(show, "show");
        if (!FEED_REFRESH_HOURS.contains(feedRefreshHours)) {
            feedRefreshHours = 6;
        }
    }

    public Preferences withTheme(ThemeChoice value) {
        return new Preferences(value, language, singleKeyShortcuts, systemDark, window, dividers, columns, sort, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    public Preferences withLanguage(Optional<String> value) {
        return new Preferences(theme, value, singleKeyShortcuts, systemDark, window, dividers, columns, sort, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    public Preferences withSingleKeyShortcuts(boolean value) {
        return new Preferences(theme, language, value, systemDark, window, dividers, columns, sort, tags, tagMatch,
                search, show, feedRefreshHours);
    }

    public Preferences withSystemDark(boolean value) {
        return new Preferences(theme, language, singleKeyShortcuts, value, window, dividers, columns, sort, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    public Preferences withWindow(Optional<WindowPlacement> value) {
        return new Preferences(theme, language, singleKeyShortcuts, systemDark, value, dividers, columns, sort, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    public Preferences withDividers(List<Double> value) {
        return new Preferences(theme, language, singleKeyShortcuts, systemDark, window, value, columns, sort, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    public Preferences withColumns(List<ColumnLayout> value) {
        return new Preferences(theme, language, singleKeyShortcuts, systemDark, window, dividers, value, sort, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    public Preferences withSort(Optional<List<SortKey>> value) {
        return new Preferences(theme, language, singleKeyShortcuts, systemDark, window, dividers, columns, value, tags,
                tagMatch, search, show, feedRefreshHours);
    }

    /** The filters: selected tags, how they combine, the search text and the read filter. */
    public Preferences withFeedRefreshHours(int value) {
        return new Preferences(theme, language, singleKeyShortcuts, systemDark, window, dividers, columns, sort, tags,
                tagMatch, search, show, value);
    }

    public Preferences withFilters(List<String> selectedTags, TagMatch match, String searchText, ShowFilter showing) {
        return new Preferences(theme, language, singleKeyShortcuts, systemDark, window, dividers, columns, sort,
                selectedTags, match, searchText, showing, feedRefreshHours);
    }
}
