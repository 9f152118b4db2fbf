package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectionsTest {

    private static final String TEXT = "Lavrov met Kim.\n\nThe summit was set for June 12 in Singapore.\n\nKim Yong Chol is in New York.";

    @Test
    void convertsAParagraphSelectionToAbsoluteOffsets() {
        Anchor anchor = Selections.toAnchor(TEXT, 1, 23, 1, 30);

        assertThat(anchor.exact()).isEqualTo("June 12");
        assertThat(anchor.position().start()).isEqualTo(TEXT.indexOf("June 12"));
    }

    @Test
    void trimsSurroundingWhitespace() {
        Anchor anchor = Selections.toAnchor(TEXT, 1, 22, 1, 31);

        assertThat(anchor.exact()).isEqualTo("June 12");
    }

    @Test
    void aSelectionMaySpanParagraphs() {
        Anchor anchor = Selections.toAnchor(TEXT, 0, 11, 1, 10);

        assertThat(anchor.exact()).isEqualTo("Kim.\n\nThe summit");
    }

    @Test
    void aTripleClickEndingAtTheNextParagraphIsTrimmedToTheParagraph() {
        Anchor anchor = Selections.toAnchor(TEXT, 1, 0, 2, 0);

        assertThat(anchor.exact()).isEqualTo("The summit was set for June 12 in Singapore.");
    }

    @Test
    void aBackwardsSelectionIsAccepted() {
        assertThat(Selections.toAnchor(TEXT, 1, 30, 1, 23).exact()).isEqualTo("June 12");
    }

    @Test
    void checksTheSelectedTextWhenGiven() {
        assertThat(Selections.toAnchor(TEXT, "Kim.\nThe summit ", 0, 11, 1, 10).exact()).isEqualTo("Kim.\n\nThe summit");
        assertThatThrownBy(() -> Selections.toAnchor(TEXT, "June 14", 1, 23, 1, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
    }

    @Test
    void refusesParagraphsAndOffsetsThatDoNotExist() {
        assertThatThrownBy(() -> Selections.toAnchor(TEXT, 3, 0, 3, 2)).hasMessageContaining("paragraph 3 does not exist");
        assertThatThrownBy(() -> Selections.toAnchor(TEXT, -1, 0, 0, 2)).hasMessageContaining("paragraph -1 does not exist");
        assertThatThrownBy(() -> Selections.toAnchor(TEXT, 0, 0, 0, 16)).hasMessageContaining("outside paragraph 0");
    }

    @Test
    void refusesEmptyAndWhitespaceSelections() {
        assertThatThrownBy(() -> Selections.toAnchor(TEXT, 1, 4, 1, 4)).hasMessageContaining("holds no words");
        assertThatThrownBy(() -> Selections.toAnchor(TEXT, 0, 15, 1, 0)).hasMessageContaining("holds no words");
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String text = "Vote \uD83D\uDDF3 now.";

        Anchor anchor = Selections.toAnchor(text, 0, 6, 0, 11);

        assertThat(anchor.exact()).isEqualTo("\uD83D\uDDF3 now");
    }
}
