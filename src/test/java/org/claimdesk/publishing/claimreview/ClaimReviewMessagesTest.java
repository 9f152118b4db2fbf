package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The English texts of this package's translation keys, for the lead to add to the bundles (as in the
 * Javadoc of {@link ProblemKind} and {@link Reason}); the test keeps the list complete and shows that a
 * problem reads in plain words.
 */
class ClaimReviewMessagesTest {

    static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("publishing.claimreview.validation.not-an-object", "A ClaimReview must be a JSON object."),
            Map.entry("publishing.claimreview.validation.missing-context",
                    "@context is missing; it should be https://schema.org."),
            Map.entry("publishing.claimreview.validation.wrong-context",
                    "{0} is not the schema.org context; use https://schema.org."),
            Map.entry("publishing.claimreview.validation.not-a-claim-review", "The @type is {0}, not ClaimReview."),
            Map.entry("publishing.claimreview.validation.unknown-type", "{0} is not a schema.org type."),
            Map.entry("publishing.claimreview.validation.missing-type", "There is no @type; it is read as {0}."),
            Map.entry("publishing.claimreview.validation.wrong-node-type",
                    "Type {0} does not belong here; expected {1}."),
            Map.entry("publishing.claimreview.validation.unknown-property", "{0} is not a schema.org property."),
            Map.entry("publishing.claimreview.validation.property-not-on-type", "{0} is not a property of {1}."),
            Map.entry("publishing.claimreview.validation.superseded-property",
                    "{0} is outdated; schema.org replaced it with {1}."),
            Map.entry("publishing.claimreview.validation.keyword-not-allowed", "{0} is not allowed here."),
            Map.entry("publishing.claimreview.validation.wrong-value", "{0} is not a {1}."),
            Map.entry("publishing.claimreview.validation.object-not-allowed",
                    "A nested object does not belong here; expected {0}."),
            Map.entry("publishing.claimreview.validation.not-an-absolute-url",
                    "{0} is not a complete web address (it should start with https://)."),
            Map.entry("publishing.claimreview.validation.missing-required", "Google requires {0}."),
            Map.entry("publishing.claimreview.validation.missing-recommended", "Google recommends {0}."),
            Map.entry("publishing.claimreview.validation.not-a-claim", "Google recommends a Claim here, not {0}."),
            Map.entry("publishing.claimreview.validation.too-deep",
                    "Nested deeper than {0} levels or more than {1} objects; the rest was not checked."),
            Map.entry("publishing.claimreview.import.empty", "There is nothing to import."),
            Map.entry("publishing.claimreview.import.too-large",
                    "The input is larger than {0} MB. Import one page or a smaller part of the feed."),
            Map.entry("publishing.claimreview.import.not-json",
                    "This is neither JSON-LD nor a web page; ClaimDesk could not read it."),
            Map.entry("publishing.claimreview.import.malformed-json",
                    "The JSON is broken at line {0}, column {1}: {2}"),
            Map.entry("publishing.claimreview.import.no-claim-review", "No ClaimReview was found in it."),
            Map.entry("publishing.claimreview.import.no-claim-reviewed",
                    "The ClaimReviews in it name no claim (claimReviewed is empty)."),
            Map.entry("publishing.claimreview.import.too-many-reviews",
                    "It holds more than {0} ClaimReviews. Import it in parts of at most {0}."));

    @Test
    void everyKeyHasItsEnglishText() {
        Stream<String> keys = Stream.concat(Arrays.stream(ProblemKind.values()).map(ProblemKind::messageKey),
                Arrays.stream(Reason.values()).map(Reason::messageKey));

        assertThat(keys).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
    }

    @Test
    void aProblemReadsInPlainWords() {
        ObjectNode review = (ObjectNode) ClaimReviewFixtures.officialExamples().getFirst();
        ((ObjectNode) review.get("reviewRating")).put("ratingValue", "five");

        ClaimReviewProblem problem = new ClaimReviewValidator().validate(review).errors().getFirst();

        assertThat(inEnglish(problem)).isEqualTo("reviewRating.ratingValue: \"five\" is not a Number.");
    }

    static String inEnglish(ClaimReviewProblem problem) {
        String message = new MessageFormat(ENGLISH.get(problem.messageKey()), Locale.ENGLISH)
                .format(problem.arguments().toArray());
        return problem.path().isEmpty() ? message : problem.path() + ": " + message;
    }
}
