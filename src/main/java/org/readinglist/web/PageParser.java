package org.readinglist.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.readinglist.model.FieldLimits;

/**
 * Reads what a web page says about its article: OpenGraph and {@code article:*} meta tags, schema.org JSON-LD, the
 * plain meta tags, and the page's own title and text, in that order of trust. Scripts are never run; every text comes
 * out plain and within {@link FieldLimits}. Hostile pages (huge attributes, deep nesting) are read without recursion.
 */
public final class PageParser {

    private PageParser() {
    }

    /**
     * The article's details from a page's HTML.
     *
     * @param pageUrl the address the page was read from, against which relative links resolve
     */
    public static PageMetadata parse(String html, URI pageUrl) {
        Objects.requireNonNull(html, "html");
        return parse(Jsoup.parse(html, pageUrl.toString()), pageUrl);
    }

    static PageMetadata parse(Document page, URI pageUrl) {
        Map<String, List<String>> metas = metas(page);
        JsonLd jsonLd = JsonLd.of(page);
        URI address = canonical(page).orElse(pageUrl);
        String url = FieldLimits.clean(address.toASCIIString(), FieldLimits.URL);

        Optional<String> title = first(FieldLimits.TITLE, meta(metas, "og:title"), jsonLd.headline(),
                Optional.of(page.title()));
        Optional<String> summary = first(FieldLimits.SUMMARY, meta(metas, "og:description"),
                meta(metas, "description"), jsonLd.description());
        Optional<LocalDate> published = meta(metas, "article:published_time").flatMap(Texts::date)
                .or(() -> jsonLd.datePublished().flatMap(Texts::date))
                .or(() -> meta(metas, "date").flatMap(Texts::date))
                .or(() -> timeInArticle(page).flatMap(Texts::date));
        Optional<String> site = first(FieldLimits.COMPANY, meta(metas, "og:site_name"),
                Optional.ofNullable(address.getHost()).map(PageParser::withoutWww));

        List<String> tags = new ArrayList<>();
        for (String value : metas.getOrDefault("article:tag", List.of())) {
            tags.addAll(List.of(value.split(",")));
        }
        tags.addAll(jsonLd.keywords());

        return new PageMetadata(url, UrlNormalizer.key(url), title, summary, authors(metas, jsonLd), published, site,
                readMinutes(page), distinct(tags, Texts::tag, FieldLimits.TAGS));
    }

    /** Each meta tag's content under its {@code property} and its {@code name}, in lower case, in page order. */
    private static Map<String, List<String>> metas(Document page) {
        Map<String, List<String>> metas = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            if (!meta.hasAttr("content")) {
                continue;
            }
            String content = meta.attr("content");
            for (String key : new String[] {meta.attr("property"), meta.attr("name")}) {
                if (!key.isBlank()) {
                    metas.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                }
            }
        }
        return metas;
    }

    /** The first value of a meta tag that is not blank. */
    private static Optional<String> meta(Map<String, List<String>> metas, String key) {
        return metas.getOrDefault(key, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    @SafeVarargs
    private static Optional<String> first(int max, Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            Optional<String> text = candidate.flatMap(raw -> Texts.plain(raw, max));
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> canonical(Document page) {
        for (Element link : page.select("link[rel][href]")) {
            List<String> rels = List.of(link.attr("rel").toLowerCase(Locale.ROOT).strip().split("\\s+"));
            if (rels.contains("canonical")) {
                return UrlNormalizer.parseWebAddress(link.absUrl("href"));
            }
        }
        return Optional.empty();
    }

    private static String withoutWww(String host) {
        return host.regionMatches(true, 0, "www.", 0, 4) ? host.substring(4) : host;
    }

    /** The authors JSON-LD names, else the names (not profile links) of {@code article:author}, else meta author. */
    private static List<String> authors(Map<String, List<String>> metas, JsonLd jsonLd) {
        List<Collection<String>> sources = List.of(jsonLd.authors(),
                metas.getOrDefault("article:author", List.of()), metas.getOrDefault("author", List.of()));
        for (Collection<String> source : sources) {
            List<String> names = distinct(source.stream().filter(name -> !Texts.looksLikeAddress(name)).toList(),
                    name -> Texts.plain(name, FieldLimits.AUTHOR), FieldLimits.AUTHORS);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The texts made plain, without empty ones and repeats (ignoring case), at most {@code max}. */
    private static List<String> distinct(List<String> raw, Function<String, Optional<String>> plain, int max) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String text : raw) {
            if (kept.size() == max) {
                break;
            }
            plain.apply(text).ifPresent(value -> kept.putIfAbsent(value.toLowerCase(Locale.ROOT), value));
        }
        return List.copyOf(kept.values());
    }

    private static Optional<String> timeInArticle(Document page) {
        Element article = page.selectFirst("article");
        Element time = article == null ? null : article.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : Optional.of(time.attr("datetime"));
    }

    /** Minutes to read the main text: the article, else the main element, else the body. */
    static OptionalInt readMinutes(Document page) {
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main");
        }
        if (main == null) {
            main = page.body();
        }
        int minutes = ReadingTime.minutes(ReadingTime.words(main));
        return minutes == 0 ? OptionalInt.empty() : OptionalInt.of(minutes);
    }
}
