package org.claimdesk.fetch.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns a body into text the way a browser would (WHATWG Encoding and HTML standards, simplified): a byte
 * order mark wins, then the Content-Type header, then for HTML a {@code <meta>} declaration in the first
 * bytes, then UTF-8. Undecodable bytes become U+FFFD rather than failing the fetch.
 */
final class TextDecoding {

    /** How far into an HTML page a charset declaration is looked for; jsoup looks as far. */
    static final int META_SCAN_BYTES = 5 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** The text of a page and the charset it was read with. */
    record DecodedText(Charset charset, String text) {
    }

    static DecodedText decode(byte[] body, ContentType type) {
        ByteOrderMark bom = ByteOrderMark.of(body);
        Charset charset = bom.charset()
                .or(type::charset)
                .or(() -> type.isHtml() ? metaCharset(body) : Optional.empty())
                .orElse(StandardCharsets.UTF_8);
        return new DecodedText(charset, new String(body, bom.length(), body.length - bom.length(), charset));
    }

    /**
     * The charset a label names, as browsers read it: Latin-1 and ASCII labels mean windows-1252, whose
     * curly quotes and dashes pages labelled that way really contain.
     */
    static Optional<Charset> charsetLabelled(String label) {
        try {
            Charset charset = Charset.forName(label.strip());
            boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
            return Optional.of(latin1 ? WINDOWS_1252 : charset);
        } catch (IllegalArgumentException unknownOrIllegal) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> metaCharset(byte[] body) {
        // Declarations are ASCII, so Latin-1 reads them from any ASCII-compatible encoding.
        String start = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        for (Element meta : Jsoup.parse(start).select("meta[charset], meta[http-equiv=content-type][content]")) {
            Optional<Charset> declared = meta.hasAttr("charset")
                    ? charsetLabelled(meta.attr("charset"))
                    : ContentType.parse(meta.attr("content")).flatMap(ContentType::charset);
            if (declared.isPresent()) {
                // a page that could declare itself in ASCII is not UTF-16, whatever it says
                return declared.map(charset -> charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset);
            }
        }
        return Optional.empty();
    }

    /** A Unicode byte order mark at the start of the body. */
    private record ByteOrderMark(Optional<Charset> charset, int length) {

        static ByteOrderMark of(byte[] body) {
            if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
                return new ByteOrderMark(Optional.of(StandardCharsets.UTF_8), 3);
            }
            if (startsWith(body, 0xFE, 0xFF)) {
                return new ByteOrderMark(Optional.of(StandardCharsets.UTF_16BE), 2);
            }
            if (startsWith(body, 0xFF, 0xFE)) {
                return new ByteOrderMark(Optional.of(StandardCharsets.UTF_16LE), 2);
            }
            return new ByteOrderMark(Optional.empty(), 0);
        }

        private static boolean startsWith(byte[] body, int... mark) {
            if (body.length < mark.length) {
                return false;
            }
            for (int i = 0; i < mark.length; i++) {
                if ((body[i] & 0xff) != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
