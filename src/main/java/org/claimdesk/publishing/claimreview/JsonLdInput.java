package org.claimdesk.publishing.claimreview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-LD documents in what a person hands in: JSON-LD text itself, or a web page with
 * {@code <script type="application/ld+json">} blocks. Pages write JSON loosely (comments, trailing commas,
 * CDATA wrappers), so scripts are read leniently and one that cannot be read is skipped.
 */
final class JsonLdInput {

    /** A fact-check page or a day's feed is far smaller; a bigger input is a mistake or an attack. */
    static final int MAX_MEGABYTES = 5;
    static final int MAX_CHARACTERS = MAX_MEGABYTES * 1024 * 1024;

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** HTML comment and CDATA wrappers that old templates put around script content. */
    private static final Pattern WRAPPER = Pattern.compile(
            "^\\s*(?:<!--|(?://|/\\*)?\\s*<!\\[CDATA\\[(?:\\s*\\*/)?)|(?:-->|(?://|/\\*)?\\s*]]>(?:\\s*\\*/)?)\\s*$");

    private JsonLdInput() {
    }

    /**
     * The JSON documents of the input.
     *
     * @throws ClaimReviewImportException when the input is empty, too large, or neither JSON nor a page
     */
    static List<JsonNode> documents(String input) {
        if (input.length() > MAX_CHARACTERS) {
            throw new ClaimReviewImportException(Reason.TOO_LARGE, MAX_MEGABYTES);
        }
        String text = input.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw new ClaimReviewImportException(Reason.EMPTY);
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return List.of(parseDocument(text));
        }
        if (text.startsWith("<")) {
            return scripts(text);
        }
        throw new ClaimReviewImportException(Reason.NOT_JSON);
    }

    private static List<JsonNode> scripts(String html) {
        List<JsonNode> documents = new ArrayList<>();
        for (Element script : Jsoup.parse(html).select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode document = parse(WRAPPER.matcher(script.data()).replaceAll(""));
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    /** The one JSON document the input is; a broken one is refused with where it breaks. */
    private static JsonNode parseDocument(String json) {
        try {
            JsonNode document = LENIENT.readTree(json);
            if (document.isObject() || document.isArray()) {
                return document;
            }
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            if (where != null && where.getLineNr() > 0) {
                throw new ClaimReviewImportException(Reason.MALFORMED_JSON, where.getLineNr(),
                        Math.max(1, where.getColumnNr()), problem(e));
            }
        }
        throw new ClaimReviewImportException(Reason.NOT_JSON);
    }

    /** Jackson's own words for what is wrong, without the location and source excerpt it appends. */
    private static String problem(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return "?";
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        return firstLine.length() <= 160 ? firstLine : firstLine.substring(0, 160) + "…";
    }

    private static @Nullable JsonNode parse(String json) {
        if (json.isBlank()) {
            return null;
        }
        try {
            JsonNode document = LENIENT.readTree(json);
            return document.isObject() || document.isArray() ? document : null;
        } catch (JacksonException e) {
            return null; // includes Jackson's own limits on nesting and number length
        }
    }
}
