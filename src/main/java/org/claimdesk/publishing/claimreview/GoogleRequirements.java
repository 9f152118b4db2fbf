package org.claimdesk.publishing.claimreview;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What Google asks of a ClaimReview beyond schema.org, for a fact-check to show as such in search: required
 * are {@code claimReviewed}, {@code reviewRating} with {@code alternateName}, and {@code url}; recommended are
 * {@code author}, {@code itemReviewed} as a Claim with its author, date and appearance, and the numeric rating.
 */
final class GoogleRequirements {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)");
    private static final List<String> RATING_NUMBERS = List.of("ratingValue", "bestRating", "worstRating");

    private final SchemaOrgVocabulary vocabulary;
    private final List<ClaimReviewProblem> problems;

    GoogleRequirements(SchemaOrgVocabulary vocabulary, List<ClaimReviewProblem> problems) {
        this.vocabulary = vocabulary;
        this.problems = problems;
    }

    void check(JsonNode review) {
        require(review, "", "claimReviewed");
        if (require(review, "", "reviewRating")) {
            checkRating(JsonLd.first(review.get("reviewRating")));
        }
        require(review, "", "url");
        recommend(review, "", "author");
        if (recommend(review, "", "itemReviewed")) {
            checkItemReviewed(JsonLd.first(review.get("itemReviewed")));
        }
    }

    private void checkRating(@Nullable JsonNode rating) {
        if (rating == null || !rating.isObject()) {
            return; // the vocabulary check has said what is wrong with it
        }
        require(rating, "reviewRating", "alternateName");
        for (String field : RATING_NUMBERS) {
            if (recommend(rating, "reviewRating", field)) {
                checkNumber(rating.get(field), VocabularyCheck.child("reviewRating", field));
            }
        }
    }

    /** schema.org lets a rating be text; Google wants a number, so "five" is a mistake to point out. */
    private void checkNumber(JsonNode value, String path) {
        for (JsonNode each : JsonLd.values(value)) {
            String text = JsonLd.string(each);
            boolean number = each.isNumber() || text != null && NUMBER.matcher(text.strip()).matches();
            if (!number && each.isValueNode()) {
                problems.add(ClaimReviewProblem.of(path, ProblemKind.WRONG_VALUE, VocabularyCheck.shown(each),
                        "Number"));
            }
        }
    }

    private void checkItemReviewed(@Nullable JsonNode item) {
        if (item == null || !item.isObject()) {
            return;
        }
        List<String> types = JsonLd.types(item);
        boolean claim = types.isEmpty() || types.stream().anyMatch(type -> vocabulary.isSubClassOf(type, "Claim"));
        if (!claim) {
            problems.add(ClaimReviewProblem.of("itemReviewed", ProblemKind.NOT_A_CLAIM, String.join(" / ", types)));
        }
        recommend(item, "itemReviewed", "author");
        recommend(item, "itemReviewed", "datePublished");
        // appearance belongs on a Claim only; an older CreativeWork item is itself where the claim appeared
        if (claim && !present(item.get("appearance")) && !present(item.get("firstAppearance"))) {
            problems.add(ClaimReviewProblem.of("itemReviewed.appearance", ProblemKind.MISSING_RECOMMENDED,
                    "appearance / firstAppearance"));
        }
    }

    private boolean require(JsonNode node, String path, String field) {
        return demand(node, path, field, ProblemKind.MISSING_REQUIRED);
    }

    private boolean recommend(JsonNode node, String path, String field) {
        return demand(node, path, field, ProblemKind.MISSING_RECOMMENDED);
    }

    /** Reports the field when it is missing or empty; tells whether it is there. */
    private boolean demand(JsonNode node, String path, String field, ProblemKind kind) {
        if (present(node.get(field))) {
            return true;
        }
        problems.add(ClaimReviewProblem.of(VocabularyCheck.child(path, field), kind, field));
        return false;
    }

    /** A value that says something: not null, not an empty list, not blank text. */
    private static boolean present(@Nullable JsonNode value) {
        return JsonLd.values(value).stream().anyMatch(each -> {
            String text = JsonLd.string(each);
            return text != null ? !text.isBlank() : !each.isNull();
        });
    }
}
