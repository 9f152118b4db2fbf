package org.claimdesk.publishing.claimreview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org vocabulary: its classes with their super-classes, and its properties with the classes they
 * belong to ({@code domainIncludes}) and the types their values may have ({@code rangeIncludes}). Read once
 * from the release file in {@code src/main/resources/schemaorg/}; immutable and thread-safe afterwards.
 */
final class SchemaOrgVocabulary {

    static final String RESOURCE = "/schemaorg/schemaorg-current-https.jsonld";

    /** A schema.org property. {@code supersededBy} names its replacement when schema.org retired it. */
    record Property(String name, Set<String> domains, Set<String> ranges, @Nullable String supersededBy) {
    }

    private final Map<String, Set<String>> superClasses;
    private final Set<String> dataTypes;
    private final Map<String, Set<String>> enumerationMembers;
    private final Map<String, Property> properties;
    private final Map<String, Set<String>> ancestors = new ConcurrentHashMap<>();

    private SchemaOrgVocabulary(Map<String, Set<String>> superClasses, Set<String> dataTypes,
            Map<String, Set<String>> enumerationMembers, Map<String, Property> properties) {
        this.superClasses = Map.copyOf(superClasses);
        this.dataTypes = Set.copyOf(dataTypes);
        this.enumerationMembers = Map.copyOf(enumerationMembers);
        this.properties = Map.copyOf(properties);
    }

    /** The vocabulary shipped with ClaimDesk, read on first use. */
    static SchemaOrgVocabulary bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        private static final SchemaOrgVocabulary INSTANCE = load();

        private static SchemaOrgVocabulary load() {
            try (InputStream in = Objects.requireNonNull(SchemaOrgVocabulary.class.getResourceAsStream(RESOURCE),
                    RESOURCE + " missing from the classpath")) {
                return read(JsonMapper.shared().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " unreadable", e);
            }
        }
    }

    /** Reads a schema.org release in its JSON-LD form ({@code @graph} of classes, properties and members). */
    static SchemaOrgVocabulary read(JsonNode release) {
        Map<String, Set<String>> superClasses = new HashMap<>();
        Set<String> dataTypes = new LinkedHashSet<>();
        Map<String, Set<String>> members = new HashMap<>();
        Map<String, Property> properties = new HashMap<>();
        for (JsonNode term : release.path("@graph")) {
            String id = Objects.requireNonNullElse(JsonLd.string(term.get("@id")), "");
            if (!id.startsWith("schema:")) {
                continue; // equivalences from other vocabularies (dct:, gs1:, …) say nothing about schema.org
            }
            String name = SchemaNames.localName(id);
            Set<String> types = schemaIds(term.get("@type"));
            boolean isClass = hasId(term.get("@type"), "rdfs:Class");
            if (isClass) {
                superClasses.put(name, schemaIds(term.get("rdfs:subClassOf")));
                if (types.contains("DataType")) {
                    dataTypes.add(name);
                }
            } else if (hasId(term.get("@type"), "rdf:Property")) {
                Set<String> superseded = schemaIds(term.get("schema:supersededBy"));
                properties.put(name, new Property(name, schemaIds(term.get("schema:domainIncludes")),
                        schemaIds(term.get("schema:rangeIncludes")),
                        superseded.isEmpty() ? null : superseded.iterator().next()));
            } else if (!types.isEmpty()) {
                members.put(name, types); // e.g. schema:True (a Boolean), schema:Female (a GenderType)
            }
        }
        return new SchemaOrgVocabulary(superClasses, dataTypes, members, properties);
    }

    boolean isClass(String name) {
        return superClasses.containsKey(name);
    }

    @Nullable Property property(String name) {
        return properties.get(name);
    }

    /** The class itself and every class above it, following {@code rdfs:subClassOf} to Thing. */
    Set<String> selfAndAncestors(String className) {
        return ancestors.computeIfAbsent(className, this::walkUp);
    }

    boolean isSubClassOf(String className, String ancestor) {
        return selfAndAncestors(className).contains(ancestor);
    }

    /** Whether a class is a data type (Text, Number, Date…) or below one (URL, Integer, Duration…). */
    boolean isDataType(String className) {
        return selfAndAncestors(className).stream().anyMatch(dataTypes::contains);
    }

    /** Whether a property may be used on a node of one of these classes, inherited properties included. */
    boolean allows(Property property, Set<String> nodeClasses) {
        return nodeClasses.stream().map(this::selfAndAncestors).flatMap(Set::stream)
                .anyMatch(property.domains()::contains);
    }

    /** Whether a term names a member of an enumeration class, e.g. "Female" of GenderType. */
    boolean isMemberOf(String term, String enumerationClass) {
        return enumerationMembers.getOrDefault(term, Set.of()).stream()
                .anyMatch(type -> isSubClassOf(type, enumerationClass));
    }

    private Set<String> walkUp(String className) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(className));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (seen.add(current)) {
                queue.addAll(superClasses.getOrDefault(current, Set.of()));
            }
        }
        return Set.copyOf(seen);
    }

    /** The schema.org names among {@code {"@id": "schema:X"}} references, or plain strings, single or listed. */
    private static Set<String> schemaIds(@Nullable JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode each : JsonLd.values(node)) {
            String id = JsonLd.string(each.isObject() ? each.get("@id") : each);
            if (id != null && id.startsWith("schema:")) {
                names.add(SchemaNames.localName(id));
            }
        }
        return names;
    }

    private static boolean hasId(@Nullable JsonNode node, String id) {
        return JsonLd.values(node).stream().anyMatch(each -> id.equals(JsonLd.string(each)));
    }
}
