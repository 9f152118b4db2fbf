package org.claimdesk.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real ClaimReview fixtures for tests that import them. Every test context shares one database, and an
 * address is imported once; so only the fixture test imports the files as they are, and every other test
 * imports {@link #unique} copies under an address of its own.
 */
public final class ClaimReviewSamples {

    public static final Path FOLDER = Path.of("src", "test", "resources", "fixtures", "claimreview");

    private static final JsonMapper JSON = JsonMapper.shared();

    private ClaimReviewSamples() {
    }

    /** Every ClaimReview fixture file: the published JSON-LD and the feed item. */
    public static List<String> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".jsonld") || name.endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String fixture) {
        try {
            return Files.readString(FOLDER.resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with its ClaimReview under a new address, so that it is new to the desk. */
    public static String unique(String fixture) {
        return withUrl(fixture, "https://example.org/review/" + UUID.randomUUID());
    }

    /** The fixture with its ClaimReview under the given address. */
    public static String withUrl(String fixture, String url) {
        return changed(fixture, review -> review.put("url", url));
    }

    /** The fixture's ClaimReview(s), changed by {@code change}, e.g. to give it another label. */
    public static String changed(String fixture, java.util.function.Consumer<ObjectNode> change) {
        JsonNode root = JSON.readTree(text(fixture));
        Deque<JsonNode> nodes = new ArrayDeque<>(List.of(root));
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            if (node instanceof ObjectNode object && isClaimReview(object)) {
                change.accept(object);
            }
            node.values().forEach(nodes::push);
        }
        return root.toString();
    }

    private static boolean isClaimReview(ObjectNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        return (type.isArray() ? type.valueStream() : Stream.of(type))
                .anyMatch(each -> each.isString() && each.asString().endsWith("ClaimReview"));
    }
}
