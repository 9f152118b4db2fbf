package org.claimdesk.article.extraction;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the metadata a page puts in its head: OpenGraph first, then the many {@code <meta>} names news sites
 * use (Dublin Core, Highwire {@code citation_*}, Parse.ly, Sailthru, NYT's {@code byl}), then the document's
 * own hints ({@code <html lang>}, {@code <time>}). The {@code <title>} is left to the caller: it usually
 * carries the site's name and is the last resort.
 */
final class MetaTagReader {

    private static final List<String> TITLE = List.of(
            "og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "parsely-title",
            "sailthru.title", "headline");
    private static final List<String> BYLINE = List.of(
            "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "citation_author",
            "parsely-author", "sailthru.author", "byl", "byline");
    private static final List<String> SITE_NAME = List.of("og:site_name", "dc.publisher", "dcterms.publisher");
    private static final List<String> PUBLISHED = List.of(
            "article:published_time", "og:article:published_time", "article:published", "datepublished",
            "og:published_time", "published_time", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
            "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "date");
    private static final List<String> LANGUAGE = List.of(
            "og:locale", "inlanguage", "content-language", "language", "dc.language", "dcterms.language");
    private static final List<String> URL = List.of("og:url", "twitter:url");
    private static final List<String> EXCERPT = List.of(
            "og:description", "twitter:description", "description", "dc.description", "dcterms.description");

    private MetaTagReader() {
    }

    static PageMetadata read(Document document, @Nullable URI pageUrl) {
        Map<String, String> meta = metaValues(document);
        PageMetadata fromTags = new PageMetadata(
                MetaValues.text(first(meta, TITLE)),
                firstByline(meta),
                MetaValues.text(first(meta, SITE_NAME)),
                firstDate(meta),
                MetaValues.languageCode(first(meta, LANGUAGE)),
                MetaValues.webAddress(first(meta, URL), pageUrl),
                MetaValues.text(first(meta, EXCERPT)));
        return fromTags.or(fromDocument(document));
    }

    /** The address in {@code <link rel="canonical">}: the page's own statement of its canonical address. */
    static @Nullable URI canonicalLink(Document document, @Nullable URI pageUrl) {
        Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? null : MetaValues.webAddress(link.attr("href"), pageUrl);
    }

    private static PageMetadata fromDocument(Document document) {
        Element html = document.selectFirst("html");
        Element time = document.selectFirst("time[itemprop~=(?i)^datePublished$][datetime], time[pubdate][datetime]");
        return new PageMetadata(
                null,
                null,
                null,
                time == null ? null : PublicationDate.parse(time.attr("datetime")).orElse(null),
                html == null ? null : MetaValues.languageCode(html.attr("lang")),
                null,
                null);
    }

    /**
     * The {@code <meta>} values by lower-cased name, property, itemprop or http-equiv; the first wins. Pages
     * that put the value in {@code value} instead of {@code content} are read too.
     */
    private static Map<String, String> metaValues(Document document) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : document.getElementsByTag("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            if (content.isBlank()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                for (String key : meta.attr(attribute).split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                    }
                }
            }
        }
        return values;
    }

    private static @Nullable String first(Map<String, String> meta, List<String> keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String firstByline(Map<String, String> meta) {
        for (String key : BYLINE) {
            String byline = Bylines.clean(meta.get(key));
            if (byline != null) {
                return byline;
            }
        }
        return null;
    }

    private static @Nullable PublicationDate firstDate(Map<String, String> meta) {
        for (String key : PUBLISHED) {
            var date = PublicationDate.parse(meta.get(key));
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }
}
