package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightLayoutTest {

    //                                 0         1         2         3
    //                                 0123456789012345678901234567890123456789
    private static final String ONE = "Lavrov met Kim in Pyongyang on Thursday.";
    private static final String TWO = "The summit was set for June 12.";
    private static final String TEXT = ONE + "\n\n" + TWO;
    private static final int TWO_START = ONE.length() + 2;

    private static AnchoredClaim claim(long id, int start, int end) {
        return new AnchoredClaim(id, new TextPosition(start, end));
    }

    private static Segment segment(int start, int end, Long... ids) {
        return new Segment(start, end, List.of(ids));
    }

    @Test
    void withoutClaimsEachParagraphIsOnePlainSegment() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, List.of());

        assertThat(layout).hasSize(2);
        assertThat(layout.get(0).segments()).containsExactly(segment(0, 40));
        assertThat(layout.get(1).segments()).containsExactly(segment(0, 31));
        assertThat(layout.get(0).segments().getFirst().highlighted()).isFalse();
    }

    @Test
    void overlappingClaimsShareTheirCommonSegment() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, List.of(claim(7, 0, 14), claim(8, 11, 27)));

        assertThat(layout.get(0).segments()).containsExactly(
                segment(0, 11, 7L), segment(11, 14, 7L, 8L), segment(14, 27, 8L), segment(27, 40));
        assertThat(layout.get(0).segments().get(1).textIn(layout.get(0).paragraph())).isEqualTo("Kim");
    }

    @Test
    void nestedClaimsListTheOuterOneFirst() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, List.of(claim(2, 11, 14), claim(9, 0, 40)));

        assertThat(layout.get(0).segments()).containsExactly(
                segment(0, 11, 9L), segment(11, 14, 9L, 2L), segment(14, 40, 9L));
    }

    @Test
    void adjacentClaimsStayApart() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, List.of(claim(1, 0, 6), claim(2, 6, 10)));

        assertThat(layout.get(0).segments()).containsExactly(
                segment(0, 6, 1L), segment(6, 10, 2L), segment(10, 40));
    }

    @Test
    void aClaimAcrossAParagraphBreakIsSplitPerParagraph() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, List.of(claim(5, 31, TWO_START + 10)));

        assertThat(layout.get(0).segments()).containsExactly(segment(0, 31), segment(31, 40, 5L));
        assertThat(layout.get(1).segments()).containsExactly(segment(0, 10, 5L), segment(10, 31));
    }

    @Test
    void anchorsOutsideTheTextAreLeftOut() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT,
                List.of(claim(3, TWO_START + 20, TEXT.length() + 5), claim(4, 500, 510), claim(6, 0, 6)));

        assertThat(layout.get(0).segments()).containsExactly(segment(0, 6, 6L), segment(6, 40));
        assertThat(layout.get(1).segments()).containsExactly(segment(0, 31));
    }

    @Test
    void theSameClaimTwiceIsListedOnce() {
        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, List.of(claim(1, 0, 14), claim(1, 11, 27)));

        assertThat(layout.get(0).segments().get(1)).isEqualTo(segment(11, 14, 1L));
    }

    @Test
    void segmentsCoverEachParagraphWithoutGapsWhateverTheInputOrder() {
        List<AnchoredClaim> claims = List.of(claim(3, 5, 20), claim(1, 0, 40), claim(2, 18, TWO_START + 3),
                claim(4, TWO_START + 23, TWO_START + 31));

        List<ParagraphLayout> layout = HighlightLayout.of(TEXT, claims);

        assertThat(HighlightLayout.of(TEXT, claims.reversed())).isEqualTo(layout);
        for (ParagraphLayout paragraph : layout) {
            int covered = 0;
            for (Segment segment : paragraph.segments()) {
                assertThat(segment.start()).isEqualTo(covered);
                covered = segment.end();
            }
            assertThat(covered).isEqualTo(paragraph.paragraph().text().length());
        }
        assertThat(layout.get(1).segments()).containsExactly(segment(0, 3, 2L), segment(3, 23), segment(23, 31, 4L));
    }
}
