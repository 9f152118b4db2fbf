package org.claimdesk.article.extraction;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the article's schema.org JSON-LD, the most precise metadata a news page has. Pages write it in many
 * shapes (an object, an array, a {@code @graph}, {@code @type} lists, references by {@code @id}) and not
 * always as valid JSON, so this is lenient: what cannot be read is skipped.
 */
final class JsonLdReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** HTML comment and CDATA wrappers that old templates put around script content. */
    private static final Pattern WRAPPER = Pattern.compile(
            "^\\s*(?:<!--|(?://|/\\*)?\\s*<!\\[CDATA\\[(?:\\s*\\*/)?)|(?:-->|(?://|/\\*)?\\s*]]>(?:\\s*\\*/)?)\\s*$");

    private static final Set<String> POSTING_TYPES = Set.of(
            "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Report");

    /** Objects looked at per page at most, so that a huge graph cannot stall an import. */
    private static final int MAX_NODES = 5_000;

    private JsonLdReader() {
    }

    static PageMetadata read(Document document, @Nullable URI pageUrl) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root = parse(script.data());
            if (root != null) {
                collectObjects(root, objects);
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode object : objects) {
            String id = string(object.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, object);
            }
        }
        List<JsonNode> articles = objects.stream().filter(JsonLdReader::isArticle).toList();
        return articles.stream()
                .filter(article -> string(first(article.get("headline"))) != null)
                .findFirst()
                .or(() -> articles.stream().findFirst())
                .map(article -> metadata(article, byId, pageUrl))
                .orElse(PageMetadata.NONE);
    }

    private static @Nullable JsonNode parse(String json) {
        String unwrapped = WRAPPER.matcher(json).replaceAll("");
        if (unwrapped.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(unwrapped);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Every JSON object in the tree, outer ones first, so the page's main article comes before nested ones. */
    private static void collectObjects(JsonNode root, List<JsonNode> objects) {
        ArrayDeque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && objects.size() < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                objects.add(node);
            }
            if (node.isObject() || node.isArray()) {
                queue.addAll(node.values());
            }
        }
    }

    private static boolean isArticle(JsonNode object) {
        for (String type : types(object)) {
            if (type.endsWith("Article") || POSTING_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    /** The local names of an object's types: "NewsArticle" for "NewsArticle", "schema:NewsArticle" or a URL. */
    private static List<String> types(JsonNode object) {
        List<String> types = new ArrayList<>();
        for (JsonNode type : asList(object.get("@type"))) {
            String name = string(type);
            if (name != null) {
                types.add(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1));
            }
        }
        return types;
    }

    private static PageMetadata metadata(JsonNode article, Map<String, JsonNode> byId, @Nullable URI pageUrl) {
        String title = MetaValues.text(firstString(article, "headline", "name", "alternativeHeadline"));
        String byline = authors(article.get("author"), byId);
        String siteName = MetaValues.text(name(first(article.get("publisher")), byId));
        PublicationDate published = PublicationDate.parse(firstString(article, "datePublished", "dateCreated"))
                .orElse(null);
        String language = language(first(article.get("inLanguage")));
        URI canonical = MetaValues.webAddress(address(first(article.get("mainEntityOfPage"))), pageUrl);
        if (canonical == null) {
            canonical = MetaValues.webAddress(address(first(article.get("url"))), pageUrl);
        }
        String excerpt = MetaValues.text(firstString(article, "description"));
        return new PageMetadata(title, byline, siteName, published, language, canonical, excerpt);
    }

    private static @Nullable String authors(@Nullable JsonNode author, Map<String, JsonNode> byId) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode each : asList(author)) {
            String name = Bylines.clean(name(each, byId));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The name of a Person or Organization given inline, by reference ({@code @id}) or as a plain string. */
    private static @Nullable String name(@Nullable JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        JsonNode resolved = node;
        String id = string(node.get("@id"));
        if (string(node.get("name")) == null && id != null && byId.containsKey(id)) {
            resolved = byId.get(id);
        }
        String name = string(first(resolved.get("name")));
        if (name == null) {
            String given = string(resolved.get("givenName"));
            String family = string(resolved.get("familyName"));
            name = given != null && family != null ? given + " " + family : null;
        }
        return name;
    }

    private static @Nullable String language(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return MetaValues.languageCode(node.stringValue());
        }
        String code = MetaValues.languageCode(string(node.get("alternateName")));
        return code != null ? code : MetaValues.languageCode(string(node.get("name")));
    }

    private static @Nullable String address(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        String id = string(node.get("@id"));
        return id != null ? id : string(node.get("url"));
    }

    private static @Nullable String firstString(JsonNode object, String... fields) {
        for (String field : fields) {
            String value = string(first(object.get(field)));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable JsonNode first(@Nullable JsonNode node) {
        List<JsonNode> values = asList(node);
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<JsonNode> asList(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? List.copyOf(node.values()) : List.of(node);
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
