package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.claimdesk.fetch.internal.TextDecoding.DecodedText;
import org.junit.jupiter.api.Test;

/** Which charset a body is read with, in the order browsers use. */
class TextDecodingTest {

    private static final ContentType HTML = new ContentType("text/html", null);
    private static final ContentType PLAIN = new ContentType("text/plain", null);

    @Test
    void readsUtf8WhenNothingIsDeclared() {
        DecodedText text = TextDecoding.decode("Grüße".getBytes(StandardCharsets.UTF_8), HTML);

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.text()).isEqualTo("Grüße");
    }

    @Test
    void aByteOrderMarkWinsAndIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = concat(bom, "Grüße".getBytes(StandardCharsets.UTF_8));

        DecodedText text = TextDecoding.decode(body, ContentType.parse("text/plain; charset=iso-8859-1").orElseThrow());

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.text()).isEqualTo("Grüße");
    }

    @Test
    void theHeaderWinsOverMeta() {
        byte[] body = "<meta charset=\"utf-8\"><p>Grüße".getBytes(Charset.forName("ISO-8859-15"));

        ContentType declared = ContentType.parse("text/html;charset=\"ISO-8859-15\"").orElseThrow();

        DecodedText text = TextDecoding.decode(body, declared);

        assertThat(text.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(text.text()).endsWith("Grüße");
    }

    @Test
    void metaIsReadForHtmlOnly() {
        byte[] body = "<meta charset=\"windows-1252\">Gr\u00fc\u00dfe".getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoding.decode(body, HTML).charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(TextDecoding.decode(body, PLAIN).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsMetaHttpEquivInAnyCase() {
        byte[] body = "<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; charset=ISO-8859-2\">".getBytes(
                StandardCharsets.US_ASCII);

        assertThat(TextDecoding.decode(body, HTML).charset()).isEqualTo(Charset.forName("ISO-8859-2"));
    }

    @Test
    void aMetaDeclaringUtf16MeansUtf8() {
        byte[] body = "<meta charset=\"utf-16\"><p>Grüße".getBytes(StandardCharsets.UTF_8);

        DecodedText text = TextDecoding.decode(body, HTML);

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.text()).endsWith("Grüße");
    }

    @Test
    void ignoresUnknownCharsets() {
        byte[] body = "<meta charset=\"no-such-charset\"><p>Grüße".getBytes(StandardCharsets.UTF_8);

        DecodedText text = TextDecoding.decode(body, ContentType.parse("text/html; charset=klingon").orElseThrow());

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsLatin1LabelsAsWindows1252() {
        assertThat(TextDecoding.charsetLabelled("latin1")).contains(Charset.forName("windows-1252"));
        assertThat(TextDecoding.charsetLabelled("US-ASCII")).contains(Charset.forName("windows-1252"));
        assertThat(TextDecoding.charsetLabelled("Shift_JIS")).contains(Charset.forName("Shift_JIS"));
    }

    @Test
    void parsesContentTypes() {
        assertThat(ContentType.parse(" Text/HTML ; Charset=\"UTF-8\" ; q=1"))
                .contains(new ContentType("text/html", "UTF-8"));
        assertThat(ContentType.parse("text/plain")).contains(new ContentType("text/plain", null));
        assertThat(ContentType.parse("")).isEmpty();
        assertThat(ContentType.parse(null)).isEmpty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
