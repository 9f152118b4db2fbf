package org.claimdesk.publishing.claimreview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Walks a JSON-LD node and the nodes nested in it, and checks each property against schema.org: that it
 * exists, that it belongs on the node's type (inherited ones included) and that each value fits its range.
 * One instance checks one document.
 */
final class VocabularyCheck {

    /** Far deeper than any ClaimReview needs; it stops a hostile document from costing time. */
    static final int MAX_DEPTH = 12;
    static final int MAX_NODES = 5_000;

    private static final Set<String> NODE_KEYWORDS = Set.of("@context", "@type", "@id");
    private static final int SHOWN_VALUE_LENGTH = 80;

    private final SchemaOrgVocabulary vocabulary;
    private final LiteralRanges literals;
    private final List<ClaimReviewProblem> problems;
    private int nodesSeen;
    private boolean stopped;

    VocabularyCheck(SchemaOrgVocabulary vocabulary, List<ClaimReviewProblem> problems) {
        this.vocabulary = vocabulary;
        this.literals = new LiteralRanges(vocabulary);
        this.problems = problems;
    }

    /**
     * Checks a node and what is nested in it.
     *
     * @param expected the classes the node may be, from the range of the property holding it; empty for the
     *                 top node, whose type the caller checks
     */
    void checkNode(JsonNode node, String path, Set<String> expected, int depth) {
        if (depth > MAX_DEPTH || ++nodesSeen > MAX_NODES) {
            if (!stopped) {
                problems.add(ClaimReviewProblem.of(path, ProblemKind.TOO_DEEP, String.valueOf(MAX_DEPTH),
                        String.valueOf(MAX_NODES)));
                stopped = true;
            }
            return;
        }
        Set<String> classes = classesOf(node, path, expected);
        for (var property : node.properties()) {
            checkProperty(classes, property.getKey(), property.getValue(), path, depth);
        }
    }

    /** The node's schema.org classes; for a node without a type, the ones its place expects. */
    private Set<String> classesOf(JsonNode node, String path, Set<String> expected) {
        List<String> types = JsonLd.types(node);
        if (types.isEmpty()) {
            if (!expected.isEmpty() && !isReference(node)) {
                problems.add(ClaimReviewProblem.of(path, ProblemKind.MISSING_TYPE, names(expected)));
            }
            return expected;
        }
        Set<String> known = new LinkedHashSet<>();
        for (String type : types) {
            if (vocabulary.isClass(type) && !vocabulary.isDataType(type)) {
                known.add(type);
            } else {
                problems.add(ClaimReviewProblem.of(child(path, "@type"), ProblemKind.UNKNOWN_TYPE, type));
            }
        }
        if (!known.isEmpty() && !expected.isEmpty() && !fits(known, expected)) {
            problems.add(ClaimReviewProblem.of(path, ProblemKind.WRONG_NODE_TYPE, names(known), names(expected)));
        }
        return known;
    }

    private void checkProperty(Set<String> classes, String key, JsonNode value, String path, int depth) {
        String propertyPath = child(path, key);
        if (key.startsWith("@")) {
            if (!NODE_KEYWORDS.contains(key)) {
                problems.add(ClaimReviewProblem.of(propertyPath, ProblemKind.KEYWORD_NOT_ALLOWED, key));
            }
            return;
        }
        String name = SchemaNames.localName(key);
        SchemaOrgVocabulary.Property property = vocabulary.property(name);
        if (property == null) {
            problems.add(ClaimReviewProblem.of(propertyPath, ProblemKind.UNKNOWN_PROPERTY, key));
            return;
        }
        if (!classes.isEmpty() && !vocabulary.allows(property, classes)) {
            problems.add(ClaimReviewProblem.of(propertyPath, ProblemKind.PROPERTY_NOT_ON_TYPE, name, names(classes)));
        }
        if (property.supersededBy() != null) {
            problems.add(ClaimReviewProblem.of(propertyPath, ProblemKind.SUPERSEDED_PROPERTY, name,
                    property.supersededBy()));
        }
        checkValues(value, property, propertyPath, depth);
    }

    private void checkValues(JsonNode value, SchemaOrgVocabulary.Property property, String path, int depth) {
        if (value.isArray()) {
            int index = 0;
            for (JsonNode element : value) {
                checkValues(element, property, path + "[" + index++ + "]", depth);
            }
        } else if (value.isObject()) {
            checkObject(value, property, path, depth);
        } else if (!value.isNull()) {
            checkLiteral(value, property, path);
        }
    }

    private void checkObject(JsonNode object, SchemaOrgVocabulary.Property property, String path, int depth) {
        if (object.has("@value")) {
            checkLiteral(object.get("@value"), property, path);
            return;
        }
        if (object.has("@list") || object.has("@set")) {
            checkValues(object.has("@list") ? object.get("@list") : object.get("@set"), property, path, depth);
            return;
        }
        Set<String> classRanges = property.ranges().stream()
                .filter(range -> !vocabulary.isDataType(range))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (classRanges.isEmpty()) {
            problems.add(ClaimReviewProblem.of(path, ProblemKind.OBJECT_NOT_ALLOWED, names(property.ranges())));
            return;
        }
        checkNode(object, path, classRanges, depth + 1);
    }

    private void checkLiteral(JsonNode literal, SchemaOrgVocabulary.Property property, String path) {
        List<String> fitting = property.ranges().stream().filter(range -> literals.accepts(literal, range)).toList();
        if (fitting.isEmpty()) {
            problems.add(ClaimReviewProblem.of(path, ProblemKind.WRONG_VALUE, shown(literal),
                    names(property.ranges())));
            return;
        }
        String text = JsonLd.string(literal);
        boolean onlyAsUrl = fitting.stream().allMatch(range -> vocabulary.isSubClassOf(range, "URL"));
        if (onlyAsUrl && text != null && !LiteralRanges.isAbsoluteUrl(text)) {
            problems.add(ClaimReviewProblem.of(path, ProblemKind.NOT_AN_ABSOLUTE_URL, shown(literal)));
        }
    }

    private boolean fits(Set<String> classes, Set<String> expected) {
        return classes.stream()
                .anyMatch(type -> expected.stream().anyMatch(range -> vocabulary.isSubClassOf(type, range)));
    }

    /** A node that only points at one described elsewhere, {@code {"@id": "…"}}: nothing to check here. */
    private static boolean isReference(JsonNode node) {
        return node.size() == 1 && node.has("@id");
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Type names for a message, e.g. "Organization / Person": terms, not words of a language. */
    static String names(Set<String> types) {
        return String.join(" / ", types);
    }

    /** A value as written: strings in quotes, long ones cut short. */
    static String shown(JsonNode literal) {
        String text = JsonLd.string(literal);
        if (text == null) {
            return literal.toString();
        }
        String shown = text.length() > SHOWN_VALUE_LENGTH ? text.substring(0, SHOWN_VALUE_LENGTH) + "…" : text;
        return "\"" + shown + "\"";
    }
}
