package org.readinglist.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts in one language, from the {@code messages} resource bundle beside this class. English is
 * the base bundle; a language without a bundle of its own gets English, never the operating system's language.
 */
public final class Messages {

    /** The languages with a complete bundle, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String BUNDLE = "org.readinglist.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Parsed once: the tag cloud and the table format a text per tag and per row on every new result. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts for a locale; formats of dates and numbers follow the same locale. */
    public static Messages of(Locale locale) {
        return new Messages(locale, ResourceBundle.getBundle(BUNDLE, locale));
    }

    public Locale locale() {
        return locale;
    }

    /** For FXMLLoader, which resolves {@code %key} through it. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A text with its {@code {0}}, {@code {1}} … filled in, numbers and dates formatted for the locale. */
    public String format(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (format) { // a MessageFormat is not safe on two threads at once
            return format.format(arguments);
        }
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
