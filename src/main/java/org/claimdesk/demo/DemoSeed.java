package org.claimdesk.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo article and its checked claims, as read from {@code demo/dw-lavrov-kim-claims.json}. */
record DemoSeed(Article article, List<Claim> claims) {

    record Article(String file, String url, String publisher, LocalDate publishedOn, String attribution) {
    }

    record Claim(String quote, String statement, String claimant, LocalDate claimDate, LocalDate asOfDate,
            List<String> tags, String priority, List<Source> sources, String rating, String rationale) {
    }

    record Source(String url, String title, @Nullable String publisher, @Nullable String author,
            @Nullable LocalDate published, @Nullable String passage, String stance) {
    }
}
