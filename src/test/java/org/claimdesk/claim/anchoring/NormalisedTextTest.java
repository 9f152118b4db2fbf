package org.claimdesk.claim.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    @Test
    void collapsesWhitespaceAndUnifiesTypography() {
        String original = "“It’s\u00A0 over”\n\n– he said\u2026 co\u00ADoperation";

        assertThat(NormalisedText.normalise(original)).isEqualTo("\"It's over\" - he said... cooperation");
    }

    @Test
    void composesToNfc() {
        assertThat(NormalisedText.normalise("cafe\u0301")).isEqualTo("café");
    }

    @Test
    void mapsNormalisedRangesBackToTheOriginal() {
        String original = "a  \u201Cquoted\u201D \n word";
        NormalisedText normalised = NormalisedText.of(original);
        int start = normalised.value().indexOf("\"quoted\" word");

        TextPosition back = normalised.toOriginal(start, start + "\"quoted\" word".length());

        assertThat(original.substring(back.start(), back.end())).isEqualTo("\u201Cquoted\u201D \n word");
    }
}
