package org.claimdesk.publishing.claimreview;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one ClaimReview node into an {@link ImportedReview}, taking each field from where publishers really
 * put it. Nodes given by reference ({@code {"@id": "…"}}) are looked up among the document's other nodes.
 */
final class ReviewFields {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[\\d.,\\s]+");

    private final Map<String, JsonNode> nodesById;

    ReviewFields(Map<String, JsonNode> nodesById) {
        this.nodesById = nodesById;
    }

    /** The review, or null when it names no claim: without one there is nothing to import. */
    @Nullable ImportedReview read(JsonNode review) {
        String claimReviewed = firstText(review.get("claimReviewed"));
        if (claimReviewed == null) {
            return null;
        }
        JsonNode factChecker = factChecker(review);
        JsonNode item = resolve(JsonLd.first(review.get("itemReviewed")));
        return new ImportedReview(
                claimReviewed,
                reviewUrl(review),
                factChecker == null ? null : name(factChecker),
                factChecker == null ? null : address(factChecker),
                LenientDate.parse(firstString(review.get("datePublished"))),
                rating(resolve(JsonLd.first(review.get("reviewRating")))),
                item == null ? null : claimant(item.get("author")),
                item == null ? null : LenientDate.parse(firstString(item.get("datePublished"))),
                item == null ? List.of() : appearances(item),
                item == null ? null : address(resolve(JsonLd.first(item.get("firstAppearance")))));
    }

    private @Nullable URI reviewUrl(JsonNode review) {
        URI url = WebAddress.parse(firstString(review.get("url")));
        if (url == null) {
            url = WebAddress.parse(JsonLd.string(review.get("@id")));
        }
        return url != null ? url : address(resolve(JsonLd.first(review.get("mainEntityOfPage"))));
    }

    /** The organisation behind the review: an author that is no Person, else the publisher, else the author. */
    private @Nullable JsonNode factChecker(JsonNode review) {
        List<JsonNode> authors = JsonLd.values(review.get("author")).stream().map(this::resolve).toList();
        for (JsonNode author : authors) {
            if (author != null && !(author.isObject() && JsonLd.hasType(author, "Person"))) {
                return author;
            }
        }
        JsonNode publisher = resolve(JsonLd.first(review.get("publisher")));
        if (publisher != null) {
            return publisher;
        }
        return authors.isEmpty() ? null : authors.getFirst();
    }

    private ImportedRating rating(@Nullable JsonNode rating) {
        if (rating == null || !rating.isObject()) {
            return ImportedRating.NONE;
        }
        BigDecimal value = RatingNumber.parse(rating.get("ratingValue"));
        String label = firstText(rating.get("alternateName"));
        if (label == null) {
            label = firstText(rating.get("name"));
        }
        if (label == null && value == null) {
            String written = firstText(rating.get("ratingValue")); // some publishers put the verdict's words there
            label = written == null || NUMBER_LIKE.matcher(written).matches() ? null : written;
        }
        return new ImportedRating(value, RatingNumber.parse(rating.get("bestRating")),
                RatingNumber.parse(rating.get("worstRating")), label);
    }

    /** Who made the claim: every author's names, a Person or an Organization, joined by ", ". */
    private @Nullable String claimant(@Nullable JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode each : JsonLd.values(author)) {
            JsonNode resolved = resolve(each);
            if (resolved == null) {
                continue;
            }
            List<String> texts = resolved.isObject() ? JsonLd.strings(resolved.get("name")) : JsonLd.strings(resolved);
            texts.stream().map(CleanText::of).filter(Objects::nonNull).forEach(names::add);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * Where the claim appeared. A Claim lists them as {@code appearance}; an item reviewed that is not a Claim
     * (the older CreativeWork form) is itself the work the claim appeared in, so its own address counts.
     */
    private List<URI> appearances(JsonNode item) {
        Set<URI> addresses = new LinkedHashSet<>();
        if (!JsonLd.hasType(item, "Claim")) {
            URI url = WebAddress.parse(firstString(item.get("url")));
            if (url != null) {
                addresses.add(url);
            }
        }
        for (JsonNode appearance : JsonLd.values(item.get("appearance"))) {
            URI url = address(resolve(appearance));
            if (url != null) {
                addresses.add(url);
            }
        }
        return new ArrayList<>(addresses);
    }

    private @Nullable String name(JsonNode node) {
        if (!node.isObject()) {
            return firstText(node);
        }
        String name = firstText(node.get("name"));
        return name != null ? name : firstText(node.get("alternateName"));
    }

    /** The address of a node: a plain URL string, or the node's url, or its {@code @id} when that is one. */
    private @Nullable URI address(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            return WebAddress.parse(JsonLd.string(node));
        }
        URI url = WebAddress.parse(firstString(node.get("url")));
        return url != null ? url : WebAddress.parse(JsonLd.string(node.get("@id")));
    }

    /** The node itself, or the fuller node its {@code @id} points to when it is only a reference. */
    private @Nullable JsonNode resolve(@Nullable JsonNode node) {
        if (node == null || !node.isObject()) {
            return node;
        }
        String id = JsonLd.string(node.get("@id"));
        boolean onlyReference = node.propertyNames().stream().allMatch(key -> key.equals("@id") || key.equals("@type"));
        return id != null && onlyReference ? nodesById.getOrDefault(id, node) : node;
    }

    private static @Nullable String firstText(@Nullable JsonNode node) {
        for (String text : JsonLd.strings(node)) {
            String clean = CleanText.of(text);
            if (clean != null) {
                return clean;
            }
        }
        return null;
    }

    private static @Nullable String firstString(@Nullable JsonNode node) {
        return JsonLd.strings(node).stream().filter(text -> !text.isBlank()).findFirst().orElse(null);
    }
}
