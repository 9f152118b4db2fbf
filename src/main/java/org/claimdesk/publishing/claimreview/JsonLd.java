package org.claimdesk.publishing.claimreview;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading JSON-LD's loose shapes: a value may be given once or as a list, a type as a name or an IRI. */
final class JsonLd {

    private JsonLd() {
    }

    /** The values of a property: none for a missing or null one, each element of a list, else the value. */
    static List<JsonNode> values(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? List.copyOf(node.values()) : List.of(node);
    }

    static @Nullable JsonNode first(@Nullable JsonNode node) {
        List<JsonNode> values = values(node);
        return values.isEmpty() ? null : values.getFirst();
    }

    /** The node's text when it is a JSON string, else null. */
    static @Nullable String string(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** The texts of a property, from plain strings and {@code {"@value": "…"}} objects alike. */
    static List<String> strings(@Nullable JsonNode node) {
        List<String> strings = new ArrayList<>();
        for (JsonNode value : values(node)) {
            String text = string(value.isObject() ? value.get("@value") : value);
            if (text != null) {
                strings.add(text);
            }
        }
        return strings;
    }

    /** The node's schema.org types by their own names, e.g. ["Review", "ClaimReview"]. */
    static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        for (JsonNode type : values(node.get("@type"))) {
            String name = string(type);
            if (name != null && !name.isBlank()) {
                types.add(SchemaNames.localName(name));
            }
        }
        return types;
    }

    /** Whether one of the node's types is this one, ignoring case ("creativeWork" is a CreativeWork). */
    static boolean hasType(JsonNode node, String type) {
        return types(node).stream().anyMatch(type::equalsIgnoreCase);
    }
}
