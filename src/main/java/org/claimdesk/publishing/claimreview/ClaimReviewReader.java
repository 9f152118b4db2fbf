package org.claimdesk.publishing.claimreview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException.Reason;
import tools.jackson.databind.JsonNode;

/**
 * Reads what other fact-checkers publish as ClaimReview into {@link ImportedReview}s: JSON-LD text (an object,
 * a list, a {@code @graph}), a web page that embeds it in {@code <script type="application/ld+json">} among
 * other blocks, or a DataFeed of Google's ClaimReview feeds. Real data is messy, and this reads it as it
 * comes: types given as lists or in the wrong case, ratings as numbers, strings, "" or -1, dates in any
 * common form, texts with HTML entities. Thread-safe and without state; one instance can serve all imports.
 */
public class ClaimReviewReader {

    /** More than a feed's day; bounds the work one import can cause. */
    public static final int MAX_REVIEWS = 1_000;

    /**
     * The reviews in the input, in document order, each once.
     *
     * @param input JSON-LD text or an HTML page, at most 5 MB
     * @throws ClaimReviewImportException when the input is empty, too large, unreadable, holds no ClaimReview
     *                                    with a claim, or more than {@link #MAX_REVIEWS}
     */
    public List<ImportedReview> read(String input) {
        return readItems(input).stream().map(ClaimReviewItem::review).filter(Objects::nonNull).toList();
    }

    /**
     * Each ClaimReview of the input, in document order, with the review read from it or none where it names
     * no claim; a review given twice in the same words is listed once.
     *
     * @param input JSON-LD text or an HTML page, at most 5 MB
     * @throws ClaimReviewImportException when the input is empty, too large, unreadable, holds no ClaimReview
     *                                    or none with a claim, or more than {@link #MAX_REVIEWS}
     */
    public List<ClaimReviewItem> readItems(String input) {
        List<JsonNode> documents = JsonLdInput.documents(input);
        List<JsonNode> objects = objects(documents);
        List<JsonNode> claimReviews = objects.stream().filter(ClaimReviewReader::isClaimReview).toList();
        if (claimReviews.isEmpty()) {
            throw new ClaimReviewImportException(Reason.NO_CLAIM_REVIEW);
        }
        if (claimReviews.size() > MAX_REVIEWS) {
            throw new ClaimReviewImportException(Reason.TOO_MANY_REVIEWS, MAX_REVIEWS);
        }
        ReviewFields fields = new ReviewFields(byId(objects));
        Set<ImportedReview> reviews = new HashSet<>();
        List<ClaimReviewItem> items = new ArrayList<>();
        for (int i = 0; i < claimReviews.size(); i++) {
            JsonNode claimReview = claimReviews.get(i);
            ImportedReview review = fields.read(claimReview);
            if (review == null || reviews.add(review)) { // a page may carry the same review twice
                items.add(new ClaimReviewItem(i + 1, review, claimReview));
            }
        }
        if (reviews.isEmpty()) {
            throw new ClaimReviewImportException(Reason.NO_CLAIM_REVIEWED);
        }
        return List.copyOf(items);
    }

    /** Every JSON object in the documents, in document order: {@code @graph}s, feed items, nested nodes. */
    private static List<JsonNode> objects(List<JsonNode> documents) {
        List<JsonNode> objects = new ArrayList<>();
        ArrayDeque<JsonNode> stack = new ArrayDeque<>(documents);
        while (!stack.isEmpty()) {
            JsonNode node = stack.pop();
            if (node.isObject()) {
                objects.add(node);
            }
            if (node.isContainer()) {
                List<JsonNode> children = new ArrayList<>(node.values());
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
        return objects;
    }

    /** A ClaimReview with content, not only a reference to one described elsewhere. */
    private static boolean isClaimReview(JsonNode node) {
        return JsonLd.hasType(node, "ClaimReview") && hasContent(node);
    }

    private static boolean hasContent(JsonNode node) {
        return node.propertyNames().stream().anyMatch(key -> !key.startsWith("@"));
    }

    private static Map<String, JsonNode> byId(List<JsonNode> objects) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode object : objects) {
            String id = JsonLd.string(object.get("@id"));
            if (id != null && hasContent(object)) {
                byId.putIfAbsent(id, object);
            }
        }
        return byId;
    }
}
