package org.claimdesk.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the words that matched a search marked, as plain pieces: the UI builds one text node or one
 * highlighted element per piece, so nothing in a document can ever become markup.
 */
public record Highlighted(List<Part> parts) {

    /** Marks where a match starts and ends in {@code ts_headline}'s output; removed from every document first. */
    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    public record Part(String text, boolean match) {
    }

    public Highlighted {
        parts = List.copyOf(parts);
    }

    public static Highlighted none() {
        return new Highlighted(List.of());
    }

    public static Highlighted plain(String text) {
        return text.isEmpty() ? none() : new Highlighted(List.of(new Part(text, false)));
    }

    /** Splits a headline at the markers; a marker out of place only ends or starts a match, never fails. */
    public static Highlighted parse(String headline) {
        List<Part> parts = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean match = false;
        for (int index = 0; index < headline.length(); index++) {
            char next = headline.charAt(index);
            if (next == START || next == STOP) {
                if (!piece.isEmpty()) {
                    parts.add(new Part(piece.toString(), match));
                    piece.setLength(0);
                }
                match = next == START;
            } else {
                piece.append(next);
            }
        }
        if (!piece.isEmpty()) {
            parts.add(new Part(piece.toString(), match));
        }
        return new Highlighted(parts);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    public List<String> matches() {
        return parts.stream().filter(Part::match).map(Part::text).toList();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
