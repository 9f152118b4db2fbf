package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.claim.anchoring.Reanchored.Status;
import org.junit.jupiter.api.Test;

class AnchorLocatorTest {

    private static final String P1 = "Russian Foreign Minister Sergey Lavrov met with North Korean leader Kim Jong Un"
            + " in Pyongyang on Thursday.";
    private static final String P2 = "The visit comes amid a flurry of diplomatic efforts, originally scheduled for"
            + " June 12 in Singapore but later canceled by Trump.";
    private static final String P3 = "Kim Yong Chol is in New York to hold talks with US officials.";
    private static final String TEXT = String.join("\n\n", P1, P2, P3);
    private static final String QUOTE = "originally scheduled for June 12 in Singapore";

    private final AnchorLocator locator = new AnchorLocator();

    private static Anchor anchor(String text, String quote) {
        int start = text.indexOf(quote);
        return Anchor.of(text, start, start + quote.length());
    }

    private static String at(String text, Reanchored found) {
        return text.substring(found.position().start(), found.position().end());
    }

    @Test
    void anUnchangedTextKeepsThePosition() {
        Anchor anchor = anchor(TEXT, QUOTE);

        Reanchored found = locator.reanchor(TEXT, anchor);

        assertThat(found.status()).isEqualTo(Status.UNCHANGED);
        assertThat(found.position()).isEqualTo(anchor.position());
        assertThat(locator.locate(TEXT, anchor)).contains(anchor.position());
    }

    @Test
    void textInsertedBeforeTheQuoteMovesIt() {
        Anchor anchor = anchor(TEXT, QUOTE);
        String changed = "Updated: Lavrov is in Pyongyang.\n\n" + TEXT;

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.MOVED);
        assertThat(at(changed, found)).isEqualTo(QUOTE);
        assertThat(found.position().start()).isEqualTo(anchor.position().start() + 34);
        assertThat(found.wordingMayDiffer()).isFalse();
    }

    @Test
    void aMovedParagraphTakesItsQuoteAlong() {
        Anchor anchor = anchor(TEXT, QUOTE);
        String changed = String.join("\n\n", P3, P1, P2);

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.MOVED);
        assertThat(found.position().start()).isEqualTo(changed.indexOf(QUOTE));
    }

    @Test
    void aRepeatedQuoteIsToldApartByItsContext() {
        String text = "Moscow said the talks were useful. Later Washington said the talks were useful, too.";
        int second = text.lastIndexOf("said the talks were useful");
        Anchor anchor = Anchor.of(text, second, second + "said the talks were useful".length());
        String changed = "A long preamble about the meeting in Pyongyang and elsewhere. " + text;
        assertThat(Math.abs(changed.indexOf("said the talks") - second))
                .as("the first occurrence is now nearer the old position")
                .isLessThan(Math.abs(changed.lastIndexOf("said the talks") - second));

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.MOVED);
        assertThat(found.position().start()).isEqualTo(changed.lastIndexOf("said the talks were useful"));
    }

    @Test
    void contextBeatsNearnessToTheOldPosition() {
        String alpha = "Alpha wrote: the deal is done, they said on Monday in Pyongyang.";
        String beta = "Beta wrote: the deal is done, we hear from our sources in Seoul.";
        String text = alpha + " " + beta;
        Anchor anchor = anchor(text, "the deal is done");
        String changed = beta + " " + alpha;

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.MOVED);
        assertThat(found.position().start()).isEqualTo(changed.lastIndexOf("the deal is done"));
    }

    @Test
    void contextSurvivesSmallEditsNextToTheQuote() {
        String text = "In Seoul, officials said the deal is done. In Tokyo, officials said the deal is done.";
        int second = text.lastIndexOf("the deal is done");
        Anchor anchor = Anchor.of(text, second, second + 16);
        String changed = "In Seoul, officials said the deal is done. In Tokyo, the officials said the deal is done!";

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.position().start()).isEqualTo(changed.lastIndexOf("the deal is done"));
    }

    @Test
    void equalContextFallsBackToTheNearestOccurrence() {
        String text = "ha ".repeat(60);
        Anchor anchor = Anchor.of(text, 60, 65);
        String changed = "x" + text;

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.MOVED);
        assertThat(found.position()).isEqualTo(new TextPosition(61, 66));
    }

    @Test
    void changedWhitespaceAndTypographyAreTolerated() {
        String text = "Strother said: \"It's not a central player - like it used to be during the Cold War.\"";
        String quote = "\"It's not a central player - like it used to be";
        Anchor anchor = anchor(text, quote);
        String changed = "Strother said:\n“It’s not a central\u00A0 player — like it\nused to be during the Cold War.”";

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.NORMALISED);
        assertThat(found.wordingMayDiffer()).isTrue();
        assertThat(at(changed, found)).isEqualTo("“It’s not a central\u00A0 player — like it\nused to be");
    }

    @Test
    void decomposedAccentsAreTolerated() {
        String text = "The café on Moranbong Street was closed on Thursday.";
        Anchor anchor = anchor(text, "The café on Moranbong Street");
        String changed = "Yesterday: The cafe\u0301 on Moranbong Street was closed on Thursday.";

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.NORMALISED);
        assertThat(at(changed, found)).isEqualTo("The cafe\u0301 on Moranbong Street");
    }

    @Test
    void aDeletedQuoteIsOrphaned() {
        Anchor anchor = anchor(TEXT, QUOTE);
        String changed = String.join("\n\n", P1, P3);

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.ORPHANED);
        assertThat(found.isOrphaned()).isTrue();
        assertThat(found.newPosition()).isEmpty();
        assertThat(found.anchorIn(changed)).isEmpty();
        assertThat(locator.locate(changed, anchor)).isEmpty();
        assertThat(locator.reanchor("", anchor).isOrphaned()).isTrue();
    }

    @Test
    void aTypoFixedInsideTheQuoteIsFoundFuzzily() {
        String typo = P2.replace("Singapore", "Singapur");
        String text = String.join("\n\n", P1, typo, P3);
        Anchor anchor = anchor(text, "originally scheduled for June 12 in Singapur");

        Reanchored found = locator.reanchor("Breaking.\n\n" + TEXT, anchor);

        assertThat(found.status()).isEqualTo(Status.FUZZY);
        assertThat(at("Breaking.\n\n" + TEXT, found)).isEqualTo(QUOTE);
        assertThat(found.anchorIn("Breaking.\n\n" + TEXT).orElseThrow().exact()).isEqualTo(QUOTE);
    }

    @Test
    void aCorrectedNumberInsideTheQuoteIsFoundFuzzily() {
        Anchor anchor = anchor(TEXT, QUOTE);
        String corrected = TEXT.replace("June 12", "June 14");

        Reanchored found = locator.reanchor(corrected, anchor);

        assertThat(found.status()).isEqualTo(Status.FUZZY);
        assertThat(at(corrected, found)).isEqualTo("originally scheduled for June 14 in Singapore");
    }

    @Test
    void aRewrittenQuoteIsOrphanedNotFuzzilyMisplaced() {
        Anchor anchor = anchor(TEXT, QUOTE);
        String rewritten = TEXT.replace(QUOTE, "first planned for the middle of June in an Asian city-state");

        assertThat(locator.reanchor(rewritten, anchor).isOrphaned()).isTrue();
    }

    @Test
    void shortQuotesAreNeverMatchedFuzzily() {
        Anchor anchor = anchor(TEXT, "June 12");
        String changed = TEXT.replace("June 12", "June 13");

        assertThat(locator.reanchor(changed, anchor).isOrphaned()).isTrue();
    }

    @Test
    void aFuzzyMatchInALongTextLooksNearTheOldPosition() {
        String filler = "Nothing of interest happens in this sentence at all. ".repeat(8_000);
        String text = filler + TEXT + filler;
        Anchor anchor = anchor(text, QUOTE);
        String changed = "Intro. " + text.replace("June 12", "June 14");

        Reanchored found = locator.reanchor(changed, anchor);

        assertThat(found.status()).isEqualTo(Status.FUZZY);
        assertThat(at(changed, found)).isEqualTo("originally scheduled for June 14 in Singapore");
    }

    @Test
    void onlyAnOrphanLacksAPosition() {
        assertThatThrownBy(() -> new Reanchored(Status.ORPHANED, new TextPosition(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reanchored(Status.MOVED, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
