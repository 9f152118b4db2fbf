package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    @Test
    void isTheSha256OfTheNormalisedTextInHex() {
        // sha256("abc"), the FIPS 180-2 test vector
        assertThat(TextFingerprint.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TextFingerprint.of("  abc \n").hex()).isEqualTo(TextFingerprint.of("abc").hex());
    }

    @Test
    void ignoresDifferencesInWhiteSpaceAndParagraphBreaks() {
        TextFingerprint stored = TextFingerprint.of("Lavrov meets Kim.\n\nThe visit comes amid diplomacy.");

        assertThat(TextFingerprint.of("Lavrov meets Kim. The visit comes amid diplomacy.")).isEqualTo(stored);
        assertThat(TextFingerprint.of("Lavrov  meets\u00a0Kim.\r\nThe visit\tcomes amid diplomacy. "))
                .isEqualTo(stored);
        assertThat(TextFingerprint.of("Lavrov meets Kim. The visit comes amid diplomacy!")).isNotEqualTo(stored);
    }

    @Test
    void treatsComposedAndDecomposedCharactersAlike() {
        String composed = "Caf\u00e9 M\u00fcller";
        String decomposed = "Cafe\u0301 Mu\u0308ller";

        assertThat(TextFingerprint.of(decomposed)).isEqualTo(TextFingerprint.of(composed));
    }

    @Test
    void fingerprintsAnArticlesStoredText() {
        ExtractedArticle article = new ExtractedArticle("Title", null, null, null, null, null, null, null,
                List.of("First paragraph.", "Second paragraph."));

        assertThat(TextFingerprint.of(article.text()))
                .isEqualTo(TextFingerprint.of("First paragraph. Second paragraph."));
    }

    @Test
    void acceptsOnlyASha256InHex() {
        assertThatThrownBy(() -> new TextFingerprint("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
