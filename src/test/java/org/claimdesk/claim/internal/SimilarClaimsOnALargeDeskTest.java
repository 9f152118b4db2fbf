package org.claimdesk.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.insight.SearchFixtures;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way a large desk finds similar claims (pairs of distinctive words through the full-text index) on
 * a small one: it finds what the trigram way finds when the statements share their distinctive words.
 */
@ClaimDeskIntegrationTest
class SimilarClaimsOnALargeDeskTest {

    @Autowired
    ClaimRepository claims;
    @Autowired
    SearchFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void signIn() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void pairsOfDistinctiveWordsFindTheCloseClaimAndTheTrigramWayAgrees() {
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Farm news " + word, "Farmers in Bavaria used less glyphosate this year.");
        UUID close = fixtures.claim(article, "Farmers in Bavaria used less glyphosate",
                "Farmers in Bavaria used 20 percent less glyphosate in 2025 " + word, "Farmers' union",
                LocalDate.of(2026, 1, 5));
        clock.advance(Duration.ofMinutes(1));
        UUID unrelated = fixtures.claim(article, "used less", "Rents in Hamburg rose by 9 percent " + word,
                "Tenants", LocalDate.of(2026, 1, 5));
        clock.advance(Duration.ofMinutes(1));
        UUID claimId = fixtures.claim(article, "this year", "Bavarian farmers in Bavaria used 20 percent less glyphosate "
                + "in 2025 " + word, "Ministry", LocalDate.of(2026, 1, 5));
        ClaimRow claim = claims.find(claimId).orElseThrow();
        StatementWords words = claims.statementWords(claim.id());

        // In a transaction, as the service runs it (the statement is planned for its values per transaction).
        List<UUID> byWords = transaction.execute(status ->
                ids(claims.similarEarlier(claim, words, Claims.CLOSE, 8, words.candidatePairs(100_000))));
        List<UUID> byTrigrams = transaction.execute(status ->
                ids(claims.similarEarlier(claim, words, Claims.CLOSE, 8, List.of())));

        assertThat(byWords).contains(close).doesNotContain(unrelated, claimId);
        assertThat(byTrigrams).contains(close).doesNotContain(unrelated, claimId);
    }

    private static List<UUID> ids(List<SimilarClaim> similar) {
        return similar.stream().map(SimilarClaim::claimId).toList();
    }
}
