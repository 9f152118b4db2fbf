package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimdesk.publishing.claimreview.ClaimReviewValidatorTest.problems;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the validator says about ClaimReviews real fact-checkers published. They are not our output, so
 * errors are allowed here; the test records exactly which, so a change in the validator shows.
 */
class RealClaimReviewValidationTest {

    private static final Tuple NOT_A_CLAIM = tuple("itemReviewed", ProblemKind.NOT_A_CLAIM, List.of("CreativeWork"));

    /** The address without its scheme, cut at 80 characters as messages show values. */
    private static final String AOS_FATOS_URL_SHOWN =
            "\"aosfatos.org/noticias/video-manipulado-faz-crer-que-drauzio-incentiva-criancas-a…\"";

    private final ClaimReviewValidator validator = new ClaimReviewValidator();

    static List<Arguments> knownProblems() {
        return List.of(
                Arguments.of("afp_raw.jsonld", List.of(
                        tuple("datePublished", ProblemKind.WRONG_VALUE,
                                List.of("\"2020-06-24 00:03\"", "Date / DateTime")),
                        NOT_A_CLAIM)),
                Arguments.of("africa_check_raw.jsonld", List.of(
                        tuple("itemReviewed.datePublished", ProblemKind.WRONG_VALUE,
                                List.of("\"2020-03-18T14:00:00+0200\"", "Date / DateTime")),
                        tuple("datePublished", ProblemKind.WRONG_VALUE,
                                List.of("\"2020-03-27T10:46:13+0200\"", "Date / DateTime")),
                        tuple("dateModified", ProblemKind.WRONG_VALUE,
                                List.of("\"2020-03-27T10:46:13+0200\"", "DateTime / Date")),
                        NOT_A_CLAIM)),
                Arguments.of("aos_fatos_raw.jsonld", List.of(
                        tuple("url", ProblemKind.NOT_AN_ABSOLUTE_URL, List.of(AOS_FATOS_URL_SHOWN)),
                        tuple("mainEntityOfPage", ProblemKind.NOT_AN_ABSOLUTE_URL, List.of(AOS_FATOS_URL_SHOWN)),
                        tuple("publisher.foundingDate", ProblemKind.WRONG_VALUE, List.of("\"2015-06-7\"", "Date")),
                        tuple("reviewRating.worstRating", ProblemKind.MISSING_RECOMMENDED, List.of("worstRating")),
                        NOT_A_CLAIM)),
                Arguments.of("efe_verifica_raw.jsonld", List.of(
                        tuple("itemReviewed.author", ProblemKind.MISSING_RECOMMENDED, List.of("author")),
                        tuple("itemReviewed.appearance", ProblemKind.MISSING_RECOMMENDED,
                                List.of("appearance / firstAppearance")))),
                Arguments.of("india_today_mixed_ld_json_types.jsonld", List.of(NOT_A_CLAIM)),
                Arguments.of("tfc_taiwan_raw.jsonld", List.of(
                        tuple("reviewRating.ratingValue", ProblemKind.MISSING_RECOMMENDED, List.of("ratingValue")),
                        tuple("itemReviewed.appearance", ProblemKind.MISSING_RECOMMENDED,
                                List.of("appearance / firstAppearance")))),
                Arguments.of("the_quint_raw.jsonld", List.of(
                        tuple("itemReviewed.author.sameAs", ProblemKind.NOT_AN_ABSOLUTE_URL, List.of("\"\"")),
                        NOT_A_CLAIM)),
                Arguments.of("twenty_minutes_claim_review_page.jsonld", List.of(
                        tuple("itemReviewed.author.sameAs", ProblemKind.WRONG_VALUE,
                                List.of("\"Réseaux sociaux\"", "URL")),
                        NOT_A_CLAIM)),
                Arguments.of(ClaimReviewFixtures.DPA_FEED_ITEM, List.of(
                        tuple("reviewRating.ratingValue", ProblemKind.MISSING_RECOMMENDED, List.of("ratingValue")),
                        tuple("reviewRating.bestRating", ProblemKind.MISSING_RECOMMENDED, List.of("bestRating")),
                        tuple("reviewRating.worstRating", ProblemKind.MISSING_RECOMMENDED, List.of("worstRating")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownProblems")
    void realClaimReviewsHaveTheirKnownProblems(String fixture, List<Tuple> expected) {
        var claimReviews = ClaimReviewFixtures.claimReviews(fixture);
        assertThat(claimReviews).hasSize(1);

        ClaimReviewValidation validation = validator.validate(claimReviews.getFirst());

        validation.problems().forEach(problem -> System.out.printf("%s %s %s%n", fixture, problem.severity(),
                ClaimReviewMessagesTest.inEnglish(problem)));
        assertThat(problems(validation)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyFixtureIsCovered() {
        assertThat(knownProblems()).hasSize(ClaimReviewFixtures.FACT_CHECKERS.size() + 1);
    }
}
