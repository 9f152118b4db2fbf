package org.claimdesk.article.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.claimdesk.article.Article;

/** The stored text's shape: trimmed paragraphs, one blank line between them, nothing else. */
final class Paragraphs {

    private Paragraphs() {
    }

    static String normalise(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n"))
                .map(paragraph -> paragraph.strip().replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" ?\n ?", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining(Article.PARAGRAPH_SEPARATOR));
    }
}
