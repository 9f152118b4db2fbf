package org.claimdesk.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a statement become quoted tsqueries; candidate pairs are the rarest, within a budget. */
class StatementWordsTest {

    private static StatementWords.Word word(String lexeme, double share) {
        return new StatementWords.Word(lexeme, share);
    }

    @Test
    void lexemesAreQuotedSoNothingInThemIsAnOperator() {
        StatementWords words = new StatementWords(List.of(word("o'brien", 0), word("a\\b", 0), word("&|!", 0)));

        assertThat(words.anyQuery()).isEqualTo("'o''brien' | 'a\\\\b' | '&|!'");
        assertThat(StatementWords.quoted(":*")).isEqualTo("':*'");
    }

    @Test
    void theRarestPairsAreTakenWhileTheyAreExpectedToMatchFewClaims() {
        StatementWords words = new StatementWords(List.of(word("glyphosate", 0.001), word("bavaria", 0.05),
                word("farmers", 0.06), word("minister", 0.15), word("said", 0.9)));

        List<String> pairs = words.candidatePairs(100_000);

        assertThat(pairs.getFirst()).isEqualTo("'glyphosate' & 'bavaria'");
        assertThat(pairs).hasSizeLessThanOrEqualTo(StatementWords.MAX_PAIRS)
                .doesNotContain("'minister' & 'said'", "'farmers' & 'said'");
    }

    @Test
    void withoutStatisticsTheFirstWordsPairUpAndOneWordStandsAlone() {
        StatementWords words = new StatementWords(List.of(word("panmunjom", 0), word("president", 0),
                word("korean", 0), word("twice", 0), word("met", 0), word("kim", 0)));

        assertThat(words.candidatePairs(100_000)).hasSize(StatementWords.MAX_PAIRS)
                .contains("'panmunjom' & 'president'", "'president' & 'twice'");
        assertThat(new StatementWords(List.of(word("kim", 0.2))).candidatePairs(100_000)).containsExactly("'kim'");
        assertThat(new StatementWords(List.of(word("a", 0.5), word("b", 0.5))).candidatePairs(100_000))
                .containsExactly("'a' & 'b'");
    }
}
