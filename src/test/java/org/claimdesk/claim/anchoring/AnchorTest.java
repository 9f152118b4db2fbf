package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnchorTest {

    private static final String TEXT = "Russian Foreign Minister Sergey Lavrov met with North Korean leader Kim Jong Un"
            + " in Pyongyang on Thursday.";

    @Test
    void cutsTheQuoteWithThirtyTwoCharactersOfContext() {
        int start = TEXT.indexOf("North Korean");
        Anchor anchor = Anchor.of(TEXT, start, start + "North Korean leader".length());

        assertThat(anchor.position()).isEqualTo(new TextPosition(start, start + 19));
        assertThat(anchor.exact()).isEqualTo("North Korean leader");
        assertThat(anchor.quote().prefix()).isEqualTo("Minister Sergey Lavrov met with ").hasSize(32);
        assertThat(anchor.quote().suffix()).isEqualTo(" Kim Jong Un in Pyongyang on Thu");
    }

    @Test
    void contextIsShorterAtTheEdgesOfTheText() {
        Anchor first = Anchor.of(TEXT, 0, 7);
        Anchor last = Anchor.of(TEXT, TEXT.length() - 9, TEXT.length());

        assertThat(first.quote().prefix()).isEmpty();
        assertThat(first.exact()).isEqualTo("Russian");
        assertThat(last.exact()).isEqualTo("Thursday.");
        assertThat(last.quote().suffix()).isEmpty();
    }

    @Test
    void refusesSelectionsOutsideTheText() {
        assertThatThrownBy(() -> Anchor.of(TEXT, -1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the text");
        assertThatThrownBy(() -> Anchor.of(TEXT, 3, TEXT.length() + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the text");
    }

    @Test
    void refusesEmptyAndWhitespaceSelections() {
        assertThatThrownBy(() -> Anchor.of(TEXT, 5, 5)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> Anchor.of(TEXT, 8, 5)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> Anchor.of("a \n\n b", 1, 5)).hasMessageContaining("only whitespace");
    }

    @Test
    void positionsAreNeverEmptyOrNegative() {
        assertThatThrownBy(() -> new TextPosition(-1, 2)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new TextPosition(4, 4)).hasMessageContaining("end must be after start");
        assertThat(new TextPosition(2, 5).length()).isEqualTo(3);
        assertThat(new TextPosition(2, 5).overlaps(new TextPosition(4, 9))).isTrue();
        assertThat(new TextPosition(2, 5).overlaps(new TextPosition(5, 9))).isFalse();
    }

    @Test
    void aQuoteMustHaveWordsAndFitItsPosition() {
        assertThatThrownBy(() -> new TextQuote(" \n", "", "")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> new Anchor(new TextPosition(0, 3), new TextQuote("four", "", "")))
                .hasMessageContaining("spans 3 characters but the quote has 4");
    }
}
