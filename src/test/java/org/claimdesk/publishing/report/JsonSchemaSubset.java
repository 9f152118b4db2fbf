package org.claimdesk.publishing.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the part of JSON Schema 2020-12 that {@code docs/report-json-schema.json}
 * uses (type, required, properties, additionalProperties: false, items, enum, oneOf, local $ref, minimum,
 * maximum, minItems, minLength, pattern, and the formats date, date-time and uuid), with Jackson only: no
 * schema-validator library resolves offline here. An unknown keyword fails the check, so the schema cannot
 * quietly outgrow it.
 */
final class JsonSchemaSubset {

    private static final Set<String> KNOWN = Set.of("$schema", "$id", "title", "description", "$defs", "type",
            "required", "properties", "additionalProperties", "items", "enum", "oneOf", "$ref", "minimum", "maximum",
            "minItems", "minLength", "pattern", "format");

    private final JsonNode root;

    JsonSchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** @return every violation, as a JSON pointer and what is wrong there; empty if the document is valid */
    List<String> violations(JsonNode document) {
        List<String> found = new ArrayList<>();
        check(root, document, "", found);
        return found;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        schema.propertyNames().forEach(keyword -> {
            if (!KNOWN.contains(keyword)) {
                throw new IllegalArgumentException("the schema uses " + keyword + ", which this check does not know");
            }
        });
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asString()), value, at, found);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            found.add(at + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            found.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("oneOf")) {
            long matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> optionViolations = new ArrayList<>();
                check(option, value, at, optionViolations);
                matching += optionViolations.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                found.add(at + ": matches " + matching + " of the oneOf options, not exactly one");
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, at, found);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                found.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int index = 0; index < value.size(); index++) {
                    check(schema.get("items"), value.get(index), at + "/" + index, found);
                }
            }
        }
        if (value.isString()) {
            checkString(schema, value.asString(), at, found);
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                found.add(at + ": below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                found.add(at + ": above the maximum " + schema.get("maximum"));
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> found) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asString())) {
                    found.add(at + ": required property " + name.asString() + " is missing");
                }
            }
        }
        JsonNode properties = schema.get("properties");
        for (String name : value.propertyNames()) {
            if (properties != null && properties.has(name)) {
                check(properties.get(name), value.get(name), at + "/" + name, found);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
                found.add(at + ": property " + name + " is not allowed");
            }
        }
    }

    private static void checkString(JsonNode schema, String text, String at, List<String> found) {
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            found.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            found.add(at + ": does not match " + schema.get("pattern").asString());
        }
        if (schema.has("format")) {
            try {
                switch (schema.get("format").asString()) {
                    case "date" -> LocalDate.parse(text);
                    case "date-time" -> Instant.parse(text);
                    case "uuid" -> UUID.fromString(text);
                    default -> throw new IllegalArgumentException("unknown format " + schema.get("format"));
                }
            } catch (RuntimeException e) {
                found.add(at + ": " + text + " is not a " + schema.get("format").asString());
            }
        }
    }

    private JsonNode resolve(String reference) {
        if (!reference.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are checked, not " + reference);
        }
        JsonNode target = root.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("the schema refers to " + reference + ", which it does not define");
        }
        return target;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeMatches(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
