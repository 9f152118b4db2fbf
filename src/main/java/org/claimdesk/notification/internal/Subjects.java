package org.claimdesk.notification.internal;

/**
 * A claim's statement shortened for a one-line mention: whole words, an ellipsis where it was cut, so
 * a 2,000-character statement neither floods the bell nor an e-mail subject.
 */
final class Subjects {

    static final int MAX_LENGTH = 160;

    private Subjects() {
    }

    static String of(String statement) {
        String text = statement.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX_LENGTH) {
            return text.isEmpty() ? "…" : text;
        }
        String cut = text.substring(0, MAX_LENGTH - 1);
        int lastSpace = cut.lastIndexOf(' ');
        if (lastSpace > MAX_LENGTH / 2) {
            cut = cut.substring(0, lastSpace);
        }
        return cut.stripTrailing() + "…";
    }
}
