package org.claimdesk.publishing.claimreview;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One ClaimReview of an input, as {@link ClaimReviewReader#readItems} found it: read into a review, or
 * not, when it names no claim. Lets an import take the good reviews of a feed and say which others it left.
 *
 * @param position where it stands among the input's ClaimReviews, from 1, in document order
 * @param review   the review read from it; null when it names no claim (claimReviewed is empty)
 * @param source   the ClaimReview object as published, to keep with what is imported
 */
public record ClaimReviewItem(int position, @Nullable ImportedReview review, JsonNode source) {

    public ClaimReviewItem {
        Objects.requireNonNull(source, "source");
    }

    /** The review's address, also where it could not be read: its url, else its {@code @id} if that is one. */
    public @Nullable URI address() {
        if (review != null && review.reviewUrl() != null) {
            return review.reviewUrl();
        }
        URI url = WebAddress.parse(JsonLd.strings(source.get("url")).stream().findFirst().orElse(null));
        return url != null ? url : WebAddress.parse(JsonLd.string(source.get("@id")));
    }
}
