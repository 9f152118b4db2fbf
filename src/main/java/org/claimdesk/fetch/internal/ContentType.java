package org.claimdesk.fetch.internal;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Content-Type value (RFC 9110): the media type in lower case and the charset parameter, if any. Also
 * reads the {@code content} of {@code <meta http-equiv="Content-Type">}.
 *
 * @param mediaType e.g. {@code text/html}
 * @param charsetName the charset label as sent, without quotes
 */
record ContentType(String mediaType, @Nullable String charsetName) {

    private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** Empty when the value is missing or names no media type. */
    static Optional<ContentType> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            return Optional.empty();
        }
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                charset = unquote(parameter[1].strip());
            }
        }
        return Optional.of(new ContentType(mediaType, charset == null || charset.isEmpty() ? null : charset));
    }

    /** HTML or plain text: what article import and source archiving can use. */
    boolean isText() {
        return TEXT_TYPES.contains(mediaType);
    }

    boolean isHtml() {
        return HTML_TYPES.contains(mediaType);
    }

    /** The declared charset, when Java knows it. */
    Optional<Charset> charset() {
        return charsetName == null ? Optional.empty() : TextDecoding.charsetLabelled(charsetName);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
