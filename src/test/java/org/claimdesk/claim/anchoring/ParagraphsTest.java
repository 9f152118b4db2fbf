package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void splitsOnBlankLinesAndKeepsStartOffsets() {
        String text = "First one.\n\nSecond\nstill second.\n\nThird.";

        List<Paragraph> paragraphs = Paragraphs.of(text);

        assertThat(paragraphs).containsExactly(
                new Paragraph(0, 0, 10, "First one."),
                new Paragraph(1, 12, 32, "Second\nstill second."),
                new Paragraph(2, 34, 40, "Third."));
        for (Paragraph paragraph : paragraphs) {
            assertThat(text.substring(paragraph.start(), paragraph.end())).isEqualTo(paragraph.text());
        }
    }

    @Test
    void severalBlankLinesAreOneBreak() {
        List<Paragraph> paragraphs = Paragraphs.of("\n\nOne.\n\n\n \n\nTwo.\n\n");

        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("One.", "Two.");
        assertThat(paragraphs.get(1).start()).isEqualTo(12);
    }

    @Test
    void anEmptyTextHasNoParagraphs() {
        assertThat(Paragraphs.of("")).isEmpty();
    }

    @Test
    void turnsParagraphOffsetsIntoAbsoluteOnes() {
        Paragraph second = Paragraphs.of("One.\n\nTwo words.").get(1);

        assertThat(second.absolute(0)).isEqualTo(6);
        assertThat(second.absolute(10)).isEqualTo(16);
        assertThatThrownBy(() -> second.absolute(11)).hasMessageContaining("outside paragraph 1");
        assertThatThrownBy(() -> second.absolute(-1)).hasMessageContaining("outside paragraph 1");
    }
}
