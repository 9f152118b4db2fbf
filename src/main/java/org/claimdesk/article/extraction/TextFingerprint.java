package org.claimdesk.article.extraction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of an article's text, to recognise a re-import of the same text. The text is normalised first
 * (Unicode NFC, white space collapsed, invisible characters dropped), so that the same article pasted twice
 * or split into paragraphs differently has the same fingerprint.
 *
 * @param hex the 64 lower-case hexadecimal digits of the SHA-256
 */
public record TextFingerprint(String hex) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public TextFingerprint {
        if (!SHA_256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a lower-case SHA-256 in hex: " + hex);
        }
    }

    /** The fingerprint of a text, e.g. {@link ExtractedArticle#text()}. */
    public static TextFingerprint of(CharSequence text) {
        byte[] normalised = PlainText.normalise(text).getBytes(StandardCharsets.UTF_8);
        return new TextFingerprint(HexFormat.of().formatHex(sha256().digest(normalised)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
