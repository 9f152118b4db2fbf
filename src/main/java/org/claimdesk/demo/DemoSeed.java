package org.claimdesk.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo article and its checked claims, as read from {@code demo/dw-lavrov-kim-claims.json}. */
record DemoSeed(Article article, List<Claim> claims) {

    record Article(String file, String url, String publisher, LocalDate publishedOn, String language,
            String attribution) {
    }

    /**
     * @param workflow     how far the demo takes the claim: {@code draft} (unassigned, nothing researched),
     *                     {@code research} (assigned with a due date, sources found), {@code proposed} (awaits
     *                     approval) or {@code published} (proposed by the reviewer, approved by the editor)
     * @param dueInDays    the due date of a claim in research, counted from the day of seeding
     * @param recheckInDays the re-check date of a time-bound claim, counted from the day of seeding
     */
    record Claim(String quote, String statement, String claimant, LocalDate claimDate, LocalDate asOfDate,
            List<String> tags, String priority, List<Source> sources, String rating, String rationale,
            String workflow, @Nullable Integer dueInDays, @Nullable Integer recheckInDays) {
    }

    record Source(String url, String title, @Nullable String publisher, @Nullable String author,
            @Nullable LocalDate published, @Nullable String passage, String stance) {
    }
}
