package org.claimdesk.publishing.internal;

import java.time.ZoneOffset;
import org.claimdesk.publishing.PublicClaim;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published claim as schema.org ClaimReview, with the fields Google documents: claimReviewed, url,
 * datePublished, dateModified, author (the desk's organisation), reviewRating from the configured scale
 * and itemReviewed as a Claim with its author, date, appearances and first appearance. The {@code @id}
 * is the claim's public page, so it is stable and reveals no internal id.
 */
@Component
public class ClaimReviewJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int BEST_RATING = 5;
    static final int WORST_RATING = 1;

    private final String organisationName;
    private final String organisationUrl;

    ClaimReviewJson(@Value("${claimdesk.organisation.name:ClaimDesk}") String organisationName,
            @Value("${claimdesk.organisation.url:}") String organisationUrl) {
        this.organisationName = organisationName;
        this.organisationUrl = organisationUrl;
    }

    /** @param baseUrl where the public pages are served, without a trailing slash */
    public ObjectNode of(PublicClaim claim, String baseUrl, boolean withContext) {
        return of(ReviewedClaim.of(claim), baseUrl, withContext);
    }

    /** @param baseUrl where the public pages are served, without a trailing slash */
    public ObjectNode of(ReviewedClaim claim, String baseUrl, boolean withContext) {
        String page = baseUrl + "/public/claims/" + claim.claimId();
        ObjectNode review = NODES.objectNode();
        if (withContext) {
            review.put("@context", "https://schema.org");
        }
        review.put("@type", "ClaimReview");
        review.put("@id", page + "#claimreview");
        review.put("url", page);
        review.put("claimReviewed", claim.statement());
        review.put("datePublished", claim.firstPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("dateModified", claim.modifiedAt().atOffset(ZoneOffset.UTC).toString());
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", organisationName);
        author.put("url", organisationUrl.isBlank() ? baseUrl : organisationUrl);
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (claim.ratingValue() != null) {
            rating.put("ratingValue", claim.ratingValue());
        }
        rating.put("bestRating", BEST_RATING);
        rating.put("worstRating", WORST_RATING);
        rating.put("alternateName", claim.ratingLabel());
        review.set("itemReviewed", itemReviewed(claim));
        return review;
    }

    private ObjectNode itemReviewed(ReviewedClaim claim) {
        ObjectNode item = NODES.objectNode();
        item.put("@type", "Claim");
        if (claim.claimant() != null) {
            ObjectNode claimant = item.putObject("author");
            claimant.put("@type", "Organization");
            claimant.put("name", claim.claimant());
        }
        if (claim.claimDate() != null) {
            item.put("datePublished", claim.claimDate().toString());
        }
        ArrayNode appearances = NODES.arrayNode();
        claim.appearances().forEach(appearance -> {
            ObjectNode work = appearances.addObject();
            work.put("@type", "CreativeWork");
            work.put("url", appearance.url());
            work.put("headline", appearance.title());
        });
        if (!appearances.isEmpty()) {
            item.set("appearance", appearances);
            item.set("firstAppearance", appearances.get(0).deepCopy());
        }
        return item;
    }
}
