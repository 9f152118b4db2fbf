package org.claimdesk.claim;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A piece of evidence as a reviewer enters it, with the passage that matters for this claim. */
public record SourceDraft(
        String url,
        String title,
        @Nullable String publisher,
        @Nullable String author,
        @Nullable LocalDate publishedOn,
        LocalDate accessedOn,
        @Nullable String passage,
        Stance stance) {
}
