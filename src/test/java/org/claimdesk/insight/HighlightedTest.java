package org.claimdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ts_headline's marked output becomes plain pieces; markers out of place never fail. */
class HighlightedTest {

    private static final String START = String.valueOf(Highlighted.START);
    private static final String STOP = String.valueOf(Highlighted.STOP);

    @Test
    void splitsAtTheMarkers() {
        Highlighted text = Highlighted.parse("The " + START + "minister" + STOP + " said <b>" + START + "40" + STOP
                + "</b> buses");

        assertThat(text.parts()).containsExactly(new Highlighted.Part("The ", false),
                new Highlighted.Part("minister", true), new Highlighted.Part(" said <b>", false),
                new Highlighted.Part("40", true), new Highlighted.Part("</b> buses", false));
        assertThat(text.text()).isEqualTo("The minister said <b>40</b> buses");
        assertThat(text.matches()).containsExactly("minister", "40");
    }

    @Test
    void strayMarkersOnlyStartOrEndAMatch() {
        assertThat(Highlighted.parse(STOP + "a" + STOP + START + START + "b").parts())
                .containsExactly(new Highlighted.Part("a", false), new Highlighted.Part("b", true));
        assertThat(Highlighted.parse("").isEmpty()).isTrue();
        assertThat(Highlighted.parse(START + STOP).isEmpty()).isTrue();
        assertThat(Highlighted.plain("x").matches()).isEmpty();
    }

    @Test
    void searchTextLosesWhatTheDatabaseCannotTakeAndIsCut() {
        assertThat(SearchService.searchable(" Kim\u0000Jong\u0007Un ")).isEqualTo("Kim Jong Un");
        assertThat(SearchService.searchable("a\uD800b\uDC00c")).isEqualTo("a b c");
        assertThat(SearchService.searchable("😀 Kim")).isEqualTo("😀 Kim");
        assertThat(SearchService.searchable("x".repeat(5_000))).hasSize(SearchQuery.MAX_TEXT);
        String emojis = "😀".repeat(1_500);
        String cut = SearchService.searchable(emojis);
        assertThat(cut.length()).isLessThanOrEqualTo(SearchQuery.MAX_TEXT);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
