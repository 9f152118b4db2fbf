package org.claimdesk.publishing.claimreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The real ClaimReview material in {@code src/test/resources/fixtures/claimreview/} (see its README). */
final class ClaimReviewFixtures {

    static final Path FOLDER = Path.of("src", "test", "resources", "fixtures", "claimreview");

    /** The ClaimReviews as fact-checkers published them, one file each (the dpa feed item aside). */
    static final List<String> FACT_CHECKERS = List.of(
            "afp_raw.jsonld", "africa_check_raw.jsonld", "aos_fatos_raw.jsonld", "efe_verifica_raw.jsonld",
            "india_today_mixed_ld_json_types.jsonld", "tfc_taiwan_raw.jsonld", "the_quint_raw.jsonld",
            "twenty_minutes_claim_review_page.jsonld");

    static final String DPA_FEED_ITEM = "datacommons-feed-item_dpa.json";
    static final String OFFICIAL_EXAMPLES = "sdo-ClaimReview-issue-1061-examples.txt";

    private static final Pattern SCRIPT = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private ClaimReviewFixtures() {
    }

    static String text(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + FOLDER.resolve(name).toAbsolutePath() + " unreadable", e);
        }
    }

    static JsonNode json(String name) {
        return JsonMapper.shared().readTree(text(name));
    }

    /** The JSON-LD blocks of schema.org's official ClaimReview examples (#eg-0324 and #eg-0325). */
    static List<JsonNode> officialExamples() {
        Matcher script = SCRIPT.matcher(text(OFFICIAL_EXAMPLES));
        return Stream.iterate(script.find(), found -> found, found -> script.find())
                .map(found -> JsonMapper.shared().readTree(script.group(1)))
                .toList();
    }

    /**
     * The ClaimReview objects of a fixture, wherever the publisher put them (top, list, {@code @graph}, feed
     * item), each with the {@code @context} it is read in, as the validator expects a single object.
     */
    static List<JsonNode> claimReviews(String name) {
        JsonNode root = json(name);
        Stream<JsonNode> candidates = root.isArray() ? root.valueStream()
                : root.has("@graph") ? root.get("@graph").valueStream()
                : root.has("item") ? root.get("item").valueStream() : Stream.of(root);
        return candidates.filter(node -> JsonLd.hasType(node, "ClaimReview"))
                .map(node -> withContext((ObjectNode) node, root.get("@context")))
                .toList();
    }

    private static JsonNode withContext(ObjectNode claimReview, @Nullable JsonNode outerContext) {
        if (!claimReview.has("@context") && outerContext != null) {
            claimReview.set("@context", outerContext);
        }
        return claimReview;
    }
}
