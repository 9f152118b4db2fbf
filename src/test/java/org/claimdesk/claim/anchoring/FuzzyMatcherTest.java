package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {

    @Test
    void findsTheClosestSubstringWithinTheErrorBudget() {
        String text = "talks with US officials in New Yrok on Friday";

        List<FuzzyMatcher.Match> matches = FuzzyMatcher.bestMatches(text, 0, text.length(), "officials in New York", 3);

        assertThat(matches).isNotEmpty();
        FuzzyMatcher.Match match = matches.getFirst();
        assertThat(match.errors()).isEqualTo(2);
        assertThat(text.substring(match.start(), match.end())).startsWith("officials in New Y");
    }

    @Test
    void findsNothingBeyondTheErrorBudget() {
        String text = "a completely different sentence";

        assertThat(FuzzyMatcher.bestMatches(text, 0, text.length(), "officials in New York", 3)).isEmpty();
    }

    @Test
    void searchesOnlyTheGivenWindow() {
        String text = "officials in New York ... officials in New York";

        List<FuzzyMatcher.Match> matches = FuzzyMatcher.bestMatches(text, 10, text.length(), "officials in New York", 0);

        assertThat(matches).extracting(FuzzyMatcher.Match::start).containsExactly(26);
    }
}
