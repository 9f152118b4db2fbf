package org.claimdesk.claim.anchoring;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of finding an anchor again in a changed text: how it was found and where it is now. An
 * orphaned anchor has no position; its claim keeps the appearance and the UI shows it as orphaned.
 */
public record Reanchored(Status status, @Nullable TextPosition position) {

    /** How the anchor was found, from most to least certain. */
    public enum Status {
        /** The old position still holds the quoted words. */
        UNCHANGED,
        /** The quoted words were found, unchanged, at another position. */
        MOVED,
        /** The quoted words were found after whitespace, quotes, dashes or Unicode forms were evened out. */
        NORMALISED,
        /** Words close to the quote were found: a small correction was made inside the quoted words. */
        FUZZY,
        /** The quoted words are gone; the claim keeps the appearance without a place in the text. */
        ORPHANED
    }

    public Reanchored {
        Objects.requireNonNull(status, "status");
        if ((status == Status.ORPHANED) != (position == null)) {
            throw new IllegalArgumentException("an orphaned anchor has no position, every other one has");
        }
    }

    static Reanchored found(Status status, TextPosition position) {
        return new Reanchored(status, position);
    }

    static Reanchored orphaned() {
        return new Reanchored(Status.ORPHANED, null);
    }

    public boolean isOrphaned() {
        return status == Status.ORPHANED;
    }

    /** Whether the words at the new position may differ from the stored quote, so the UI may point it out. */
    public boolean wordingMayDiffer() {
        return status == Status.NORMALISED || status == Status.FUZZY;
    }

    public Optional<TextPosition> newPosition() {
        return Optional.ofNullable(position);
    }

    /** The anchor to store for the new text: the new position with the quote cut afresh, if found. */
    public Optional<Anchor> anchorIn(String text) {
        return newPosition().map(found -> Anchor.of(text, found.start(), found.end()));
    }
}
