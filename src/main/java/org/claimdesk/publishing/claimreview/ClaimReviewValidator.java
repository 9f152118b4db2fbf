package org.claimdesk.publishing.claimreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks one ClaimReview JSON-LD object before the desk publishes it, or to show what is wrong with one
 * that came in: against the real schema.org vocabulary (every property exists and belongs on its node's
 * type, every value fits the property's range, nested nodes included) and against what Google requires and
 * recommends for fact-checks. The vocabulary is schema.org's release file, read once on first use.
 * Thread-safe.
 */
@Component
public class ClaimReviewValidator {

    /**
     * Lists every problem of a ClaimReview.
     *
     * @param claimReview the ClaimReview as one JSON-LD object with its {@code @context}
     */
    public ClaimReviewValidation validate(JsonNode claimReview) {
        SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.bundled();
        List<ClaimReviewProblem> problems = new ArrayList<>();
        if (!claimReview.isObject()) {
            problems.add(ClaimReviewProblem.of("", ProblemKind.NOT_AN_OBJECT));
            return new ClaimReviewValidation(problems);
        }
        checkContext(claimReview, problems);
        checkType(claimReview, vocabulary, problems);
        new VocabularyCheck(vocabulary, problems).checkNode(claimReview, "", Set.of(), 0);
        new GoogleRequirements(vocabulary, problems).check(claimReview);
        return new ClaimReviewValidation(problems);
    }

    private static void checkContext(JsonNode claimReview, List<ClaimReviewProblem> problems) {
        JsonNode context = claimReview.get("@context");
        if (context == null || context.isNull()) {
            problems.add(ClaimReviewProblem.of("@context", ProblemKind.MISSING_CONTEXT));
            return;
        }
        boolean schemaOrg = JsonLd.values(context).stream().anyMatch(each -> {
            String iri = JsonLd.string(each.isObject() ? each.get("@vocab") : each);
            return iri != null && SchemaNames.isSchemaOrgContext(iri);
        });
        if (!schemaOrg) {
            problems.add(ClaimReviewProblem.of("@context", ProblemKind.WRONG_CONTEXT,
                    context.isString() ? VocabularyCheck.shown(context) : context.toString()));
        }
    }

    private static void checkType(JsonNode claimReview, SchemaOrgVocabulary vocabulary,
            List<ClaimReviewProblem> problems) {
        List<String> types = JsonLd.types(claimReview);
        if (types.isEmpty()) {
            problems.add(ClaimReviewProblem.of("@type", ProblemKind.MISSING_REQUIRED, "@type"));
        } else if (types.stream().noneMatch(type -> vocabulary.isSubClassOf(type, "ClaimReview"))) {
            problems.add(ClaimReviewProblem.of("@type", ProblemKind.NOT_A_CLAIM_REVIEW, String.join(" / ", types)));
        }
    }
}
