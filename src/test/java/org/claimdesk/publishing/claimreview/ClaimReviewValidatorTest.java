package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ClaimReviewValidatorTest {

    private final ClaimReviewValidator validator = new ClaimReviewValidator();

    @Test
    void theOfficialExampleHasNoErrorsOnlyGooglesRecommendations() {
        ClaimReviewValidation validation = validator.validate(officialExample());

        assertThat(validation.isValid()).isTrue();
        assertThat(problems(validation)).containsExactly(
                tuple("reviewRating.worstRating", ProblemKind.MISSING_RECOMMENDED, List.of("worstRating")),
                tuple("itemReviewed", ProblemKind.NOT_A_CLAIM, List.of("CreativeWork")));
    }

    @Test
    void theExtendedOfficialExampleFitsSchemaOrgButLacksTheRatingGoogleRequires() {
        JsonNode clipReview = ClaimReviewFixtures.officialExamples().get(1);

        assertThat(problems(validator.validate(clipReview))).containsExactly(
                tuple("reviewRating", ProblemKind.MISSING_REQUIRED, List.of("reviewRating")),
                tuple("itemReviewed", ProblemKind.NOT_A_CLAIM, List.of("Clip")));
    }

    @Test
    void aPropertySchemaOrgDoesNotHaveIsAnError() {
        assertThat(errorsAfter(review -> review.put("verdict", "False")))
                .containsExactly(tuple("verdict", ProblemKind.UNKNOWN_PROPERTY, List.of("verdict")));
    }

    @Test
    void aPropertyOfAnotherTypeIsAnError() {
        assertThat(errorsAfter(review -> object(review, "author").put("jobTitle", "Fact-checker")))
                .containsExactly(tuple("author.jobTitle", ProblemKind.PROPERTY_NOT_ON_TYPE,
                        List.of("jobTitle", "Organization")));
    }

    @Test
    void inheritedPropertiesBelongOnTheType() {
        assertThat(errorsAfter(review -> {
            review.put("name", "Rick Perry claim about 3,000 homicides");         // Thing
            review.put("inLanguage", "en");                                         // CreativeWork
            review.put("reviewBody", "PolitiFact rates the claim Pants on Fire."); // Review
            object(review, "reviewRating").put("description", "Pants on Fire");   // Thing, on a Rating
        })).isEmpty();
    }

    @Test
    void aValueOutsideThePropertysRangeIsAnError() {
        assertThat(errorsAfter(review -> {
            review.put("datePublished", "yesterday");
            object(review, "author").put("url", 5);
            object(review, "itemReviewed").put("datePublished", "2014-07-17 10:00");
        })).containsExactly(
                tuple("datePublished", ProblemKind.WRONG_VALUE, List.of("\"yesterday\"", "Date / DateTime")),
                tuple("author.url", ProblemKind.WRONG_VALUE, List.of("5", "URL")),
                tuple("itemReviewed.datePublished", ProblemKind.WRONG_VALUE,
                        List.of("\"2014-07-17 10:00\"", "Date / DateTime")));
    }

    @Test
    void aRatingInWordsIsAnErrorSinceGoogleWantsANumber() {
        assertThat(errorsAfter(review -> object(review, "reviewRating").put("ratingValue", "five")))
                .containsExactly(tuple("reviewRating.ratingValue", ProblemKind.WRONG_VALUE,
                        List.of("\"five\"", "Number")));
    }

    @Test
    void numbersDatesAndTimesInTheirSchemaOrgForms() {
        assertThat(errorsAfter(review -> {
            object(review, "reviewRating").put("ratingValue", "1").put("bestRating", 6.0).put("worstRating", "1");
            review.put("datePublished", "2014-07-23T09:30:00-05:00");
            review.put("dateModified", "2014-07-24T10:00Z");
            review.put("isAccessibleForFree", "true");
        })).isEmpty();
    }

    @Test
    void eachMissingRequiredFieldIsAnError() {
        assertThat(errorsAfter(review -> {
            review.remove("claimReviewed");
            review.put("url", " ");
            object(review, "reviewRating").remove("alternateName");
        })).containsExactly(
                tuple("claimReviewed", ProblemKind.MISSING_REQUIRED, List.of("claimReviewed")),
                tuple("reviewRating.alternateName", ProblemKind.MISSING_REQUIRED, List.of("alternateName")),
                tuple("url", ProblemKind.MISSING_REQUIRED, List.of("url")));
    }

    @Test
    void whatGoogleRecommendsIsAWarning() {
        ObjectNode review = officialExample();
        review.remove("author");
        review.set("itemReviewed", JsonMapper.shared().createObjectNode().put("@type", "Claim"));

        ClaimReviewValidation validation = validator.validate(review);

        assertThat(validation.isValid()).isTrue();
        assertThat(problems(validation)).containsExactly(
                tuple("reviewRating.worstRating", ProblemKind.MISSING_RECOMMENDED, List.of("worstRating")),
                tuple("author", ProblemKind.MISSING_RECOMMENDED, List.of("author")),
                tuple("itemReviewed.author", ProblemKind.MISSING_RECOMMENDED, List.of("author")),
                tuple("itemReviewed.datePublished", ProblemKind.MISSING_RECOMMENDED, List.of("datePublished")),
                tuple("itemReviewed.appearance", ProblemKind.MISSING_RECOMMENDED,
                        List.of("appearance / firstAppearance")));
    }

    @Test
    void aNestedNodeOfTheWrongTypeIsAnError() {
        assertThat(errorsAfter(review -> {
            object(review, "author").put("@type", "Place");
            object(review, "reviewRating").put("@type", "Person");
        })).containsExactly(
                tuple("author", ProblemKind.WRONG_NODE_TYPE, List.of("Place", "Organization / Person")),
                tuple("reviewRating", ProblemKind.WRONG_NODE_TYPE, List.of("Person", "Rating")),
                // a Person has no ratings: once the type is wrong, so are its properties
                tuple("reviewRating.ratingValue", ProblemKind.PROPERTY_NOT_ON_TYPE, List.of("ratingValue", "Person")),
                tuple("reviewRating.bestRating", ProblemKind.PROPERTY_NOT_ON_TYPE, List.of("bestRating", "Person")));
    }

    @Test
    void aSubclassFitsTheRange() {
        assertThat(errorsAfter(review -> object(review, "author").put("@type", "NewsMediaOrganization")))
                .isEmpty();
    }

    @Test
    void aTypeSchemaOrgDoesNotHaveIsAnError() {
        assertThat(errorsAfter(review -> object(review, "itemReviewed").put("@type", "creativeWork")))
                .containsExactly(tuple("itemReviewed.@type", ProblemKind.UNKNOWN_TYPE, List.of("creativeWork")));
    }

    @Test
    void aNestedNodeWithoutTypeIsCheckedAsWhatItsPlaceExpects() {
        ClaimReviewValidation validation = validate(review -> object(review, "author").remove("@type"));

        assertThat(validation.isValid()).isTrue();
        assertThat(problems(validation)).contains(
                tuple("author", ProblemKind.MISSING_TYPE, List.of("Organization / Person")));
    }

    @Test
    void anObjectWhereTextBelongsIsAnError() {
        assertThat(errorsAfter(review -> review.putObject("claimReviewed").put("@type", "Thing")))
                .contains(tuple("claimReviewed", ProblemKind.OBJECT_NOT_ALLOWED, List.of("Text")));
    }

    @Test
    void valuesInAListAreCheckedOneByOneWithTheirIndex() {
        assertThat(errorsAfter(review -> {
            ArrayNode authors = review.putArray("author");
            authors.addObject().put("@type", "Organization").put("name", "PolitiFact");
            authors.addObject().put("@type", "Person").put("name", "Louis Jacobson").put("url", false);
        })).containsExactly(tuple("author[1].url", ProblemKind.WRONG_VALUE, List.of("false", "URL")));
    }

    @Test
    void anAddressWithoutSchemeIsAWarning() {
        ClaimReviewValidation validation = validate(review -> review.put("url", "politifact.com/texas/statements"));

        assertThat(validation.isValid()).isTrue();
        assertThat(problems(validation)).contains(tuple("url", ProblemKind.NOT_AN_ABSOLUTE_URL,
                List.of("\"politifact.com/texas/statements\"")));
    }

    @Test
    void aSupersededPropertyIsAWarning() {
        ClaimReviewValidation validation = validate(review -> object(review, "itemReviewed")
                .put("isBasedOnUrl", "https://www.tampabay.com/"));

        assertThat(problems(validation)).contains(tuple("itemReviewed.isBasedOnUrl",
                ProblemKind.SUPERSEDED_PROPERTY, List.of("isBasedOnUrl", "isBasedOn")));
    }

    @Test
    void theTopMustBeAClaimReviewInTheSchemaOrgContext() {
        assertThat(errorsAfter(review -> review.put("@type", "Review").put("@context", "https://example.org")))
                .containsExactly(
                        tuple("@context", ProblemKind.WRONG_CONTEXT, List.of("\"https://example.org\"")),
                        tuple("@type", ProblemKind.NOT_A_CLAIM_REVIEW, List.of("Review")),
                        tuple("claimReviewed", ProblemKind.PROPERTY_NOT_ON_TYPE, List.of("claimReviewed", "Review")));
        assertThat(errorsAfter(review -> review.remove("@context")))
                .containsExactly(tuple("@context", ProblemKind.MISSING_CONTEXT, List.of()));
        assertThat(errorsAfter(review -> review.putObject("@context").put("@vocab", "http://schema.org/")))
                .isEmpty();
    }

    @Test
    void otherJsonLdKeywordsDoNotBelongInTheNode() {
        assertThat(errorsAfter(review -> review.putArray("@graph")))
                .containsExactly(tuple("@graph", ProblemKind.KEYWORD_NOT_ALLOWED, List.of("@graph")));
    }

    @Test
    void somethingOtherThanAnObjectIsNoClaimReview() {
        JsonNode list = JsonMapper.shared().createArrayNode().add(officialExample());

        assertThat(problems(validator.validate(list)))
                .containsExactly(tuple("", ProblemKind.NOT_AN_OBJECT, List.of()));
    }

    @Test
    void aDeeplyNestedDocumentIsCheckedOnlySoDeep() {
        ClaimReviewValidation validation = validate(review -> {
            ObjectNode work = object(review, "itemReviewed");
            for (int level = 0; level < 200; level++) {
                work = work.putObject("isPartOf").put("@type", "CreativeWork");
            }
        });

        assertThat(validation.warnings()).extracting(ClaimReviewProblem::kind).contains(ProblemKind.TOO_DEEP);
        assertThat(validation.isValid()).isTrue();
    }

    private ClaimReviewValidation validate(Consumer<ObjectNode> change) {
        ObjectNode review = officialExample();
        change.accept(review);
        return validator.validate(review);
    }

    private List<Tuple> errorsAfter(Consumer<ObjectNode> change) {
        return tuples(validate(change).errors());
    }

    static List<Tuple> problems(ClaimReviewValidation validation) {
        return tuples(validation.problems());
    }

    private static List<Tuple> tuples(List<ClaimReviewProblem> problems) {
        return problems.stream().map(problem -> tuple(problem.path(), problem.kind(), problem.arguments())).toList();
    }

    private static ObjectNode officialExample() {
        return (ObjectNode) ClaimReviewFixtures.officialExamples().getFirst();
    }

    private static ObjectNode object(ObjectNode parent, String property) {
        return (ObjectNode) parent.get(property);
    }
}
