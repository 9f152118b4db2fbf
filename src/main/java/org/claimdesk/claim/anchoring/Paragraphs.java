package org.claimdesk.claim.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's stored text into paragraphs. The stored text joins paragraphs with a blank line
 * ({@code "\n\n"}); a run of several blank lines, or blank lines holding only spaces, counts as one break
 * so that raw imports split the same way. A single line break stays inside its paragraph.
 *
 * <p>The article reader must render exactly these paragraphs, in this order, so that the paragraph
 * indices the browser reports match.
 */
public final class Paragraphs {

    private static final Pattern BREAK = Pattern.compile("\\n(?:[ \\t\\u00A0\\r]*\\n)+");

    private Paragraphs() {
    }

    public static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher breaks = BREAK.matcher(text);
        int start = 0;
        while (breaks.find()) {
            add(paragraphs, text, start, breaks.start());
            start = breaks.end();
        }
        add(paragraphs, text, start, text.length());
        return List.copyOf(paragraphs);
    }

    private static void add(List<Paragraph> paragraphs, String text, int start, int end) {
        if (end > start) {
            paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end)));
        }
    }
}
