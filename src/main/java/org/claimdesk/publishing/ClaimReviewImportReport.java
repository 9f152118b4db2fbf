package org.claimdesk.publishing;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.claimdesk.i18n.EnglishMessages;
import org.jspecify.annotations.Nullable;

/**
 * What one ClaimReview import did with each review it found, in the input's order: imported as a new claim,
 * found already on the desk, or left out with the reason.
 */
public record ClaimReviewImportReport(List<Item> items) {

    public ClaimReviewImportReport {
        items = List.copyOf(items);
    }

    public enum Outcome {
        /** A new claim with its external review. */
        IMPORTED,
        /** The review (by its address) was imported before; {@link Item#claimId()} is the claim it became then. */
        ALREADY_IMPORTED,
        /** Not imported; {@link Item#problemKey()} says why. */
        FAILED
    }

    /**
     * One review of the input.
     *
     * @param position         where it stands among the input's ClaimReviews, from 1
     * @param claimId          the claim it became, now or before; null when it failed
     * @param claimReviewed    the claim as the reviewer wrote it; null when it names none
     * @param reviewUrl        the review's address, where known
     * @param factChecker      who reviewed it
     * @param ratingLabel      the reviewer's verdict in their words
     * @param mappedRatingCode the desk's rating code the verdict was mapped to; null when not mapped
     * @param problemKey       translation key of why it failed; null unless it failed
     * @param problemArguments that message's arguments
     */
    public record Item(int position, Outcome outcome, @Nullable UUID claimId, @Nullable String claimReviewed,
            @Nullable URI reviewUrl, @Nullable String factChecker, @Nullable String ratingLabel,
            @Nullable String mappedRatingCode, @Nullable String problemKey, List<Object> problemArguments) {

        public Item {
            problemArguments = List.copyOf(problemArguments);
        }

        /** The reason it failed in English, e.g. for the API; null unless it failed. */
        public @Nullable String problemInEnglish() {
            return problemKey == null ? null : EnglishMessages.get(problemKey, problemArguments.toArray());
        }
    }

    public long count(Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }

    /** The new claims, in the input's order. */
    public List<UUID> importedClaims() {
        return items.stream().filter(item -> item.outcome() == Outcome.IMPORTED).map(Item::claimId).toList();
    }
}
