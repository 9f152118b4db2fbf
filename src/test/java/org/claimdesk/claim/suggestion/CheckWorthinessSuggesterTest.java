package org.claimdesk.claim.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CheckWorthinessSuggesterTest {

    private final CheckWorthinessSuggester suggester = new CheckWorthinessSuggester();

    private Suggestion assessed(String sentence) {
        List<Suggestion> all = suggester.assess(sentence);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void factsScoreHigherThanOpinions() {
        Suggestion fact = assessed("Unemployment in Germany rose to 6.1 percent in March 2019, the highest since 2015.");
        Suggestion opinion = assessed("I think this is a terrible and shameful policy for everyone involved.");

        assertThat(fact.score()).isGreaterThan(0.7);
        assertThat(fact.reasons()).containsExactly(Reason.DATE, Reason.QUANTITY, Reason.COMPARISON, Reason.PLACE);
        assertThat(opinion.score()).isZero();
        assertThat(suggester.suggest("I think this is a terrible and shameful policy for everyone involved.")).isEmpty();
    }

    @Test
    void opinionsWithoutFactsAreMarkedDown() {
        Suggestion plain = assessed("The Chancellor visited Paris and Madrid with her new team.");
        Suggestion opinionated = assessed("The Chancellor should visit Paris and Madrid with her new team.");

        assertThat(opinionated.score()).isEqualTo(plain.score() / 2, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void questionsAndShortSentencesAreMarkedDown() {
        Suggestion statement = assessed("Kim Jong Un has met Xi Jinping twice since March 2018.");
        Suggestion question = assessed("Has Kim Jong Un met Xi Jinping twice since March 2018?");
        Suggestion shortOne = assessed("Kim met Xi twice.");

        assertThat(question.score()).isLessThan(statement.score() * 0.5);
        assertThat(shortOne.score()).isLessThan(statement.score() * 0.6);
    }

    @Test
    void suggestionsAreInReadingOrderWithOffsetsAndCanBeSortedByScore() {
        String text = "Lavrov met Kim in Pyongyang on Thursday.\n\nIt was nice.\n\n"
                + "More than 200 people died in the floods in 2019, officials said.";

        List<Suggestion> suggestions = suggester.suggest(text);

        assertThat(suggestions).extracting(Suggestion::sentence).containsExactly(
                "Lavrov met Kim in Pyongyang on Thursday.",
                "More than 200 people died in the floods in 2019, officials said.");
        assertThat(suggestions.get(1).start()).isEqualTo(text.indexOf("More than"));
        assertThat(suggestions.stream().sorted(Suggestion.BY_SCORE).toList().getFirst().sentence()).startsWith("More than");
    }

    @Test
    void aHigherThresholdSuggestsLess() {
        String text = "Lavrov met Kim in Pyongyang on Thursday. More than 200 people died in 2019, officials said.";

        assertThat(new CheckWorthinessSuggester(Locale.ENGLISH, 0.6).suggest(text)).hasSize(1);
        assertThat(new CheckWorthinessSuggester(Locale.ENGLISH, 0.0).suggest(text)).hasSize(2);
    }

    @Test
    void germanArticlesGetSuggestionsToo() {
        String text = "Der russische Außenminister Sergej Lawrow hat am Donnerstag in Pjöngjang Kim Jong Un getroffen."
                + " Das Treffen war schön.";

        List<Suggestion> suggestions = new CheckWorthinessSuggester(Locale.GERMAN).suggest(text);

        assertThat(suggestions).extracting(Suggestion::sentence).containsExactly(
                "Der russische Außenminister Sergej Lawrow hat am Donnerstag in Pjöngjang Kim Jong Un getroffen.");
        assertThat(suggestions.getFirst().reasons()).contains(Reason.DATE, Reason.NAMED_ENTITY, Reason.PLACE);
    }

    @Test
    void anEmptyTextHasNoSuggestions() {
        assertThat(suggester.suggest("")).isEmpty();
        assertThat(suggester.suggest("\n\n  \n")).isEmpty();
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> new CheckWorthinessSuggester(Locale.ENGLISH, 1.5)).hasMessageContaining("threshold");
    }

    @Test
    void aSuggestionChecksItsOwnShape() {
        assertThatThrownBy(() -> new Suggestion(5, 3, "ab", 0.5, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suggestion(0, 2, "ab", 1.5, List.of())).hasMessageContaining("score");
        assertThatThrownBy(() -> new Suggestion(0, 3, "ab", 0.5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
