package org.claimdesk.article.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The head of a pasted article: its title, the rubric above it and the date line near it. Copied pages
 * start the same way almost everywhere: perhaps a rubric ("Politics"), the headline, perhaps a date, then
 * the lead. The rubric goes, the date becomes the publication date, and the title leaves the text.
 *
 * @param title     the headline, or a stand-in made of the first words when no line looks like one
 * @param published the date line's date, if there was one
 * @param body      the paragraphs after the head
 */
record ArticleHead(String title, @Nullable PublicationDate published, List<String> body) {

    /** How far down the date line may be: below a rubric, a title and perhaps a kicker. */
    private static final int DATE_LINE_REACH = 4;
    private static final int LONGEST_TITLE = 200;
    private static final int MOST_TITLE_WORDS = 25;
    private static final int MOST_RUBRIC_WORDS = 4;
    private static final int LONGEST_RUBRIC = 40;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:]$");
    private static final Pattern DATE_LINE_LEAD_IN = Pattern.compile(
            "^(?:date|published|updated|posted|last updated|datum|veröffentlicht|aktualisiert|stand)"
                    + "(?:\\s+on|\\s+am)?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Splits the head off the paragraphs; the body is empty when there is nothing but a head. */
    static ArticleHead of(List<String> paragraphs) {
        List<String> lines = new ArrayList<>(paragraphs);
        int dateIndex = dateLineIndex(lines);
        PublicationDate published = null;
        if (dateIndex >= 0) {
            published = dateLine(lines.remove(dateIndex)).orElseThrow();
        }
        if (lines.isEmpty()) {
            return new ArticleHead("", published, List.of());
        }
        int titleIndex = titleIndex(lines, dateIndex);
        if (titleIndex < 0) {
            return new ArticleHead(Titles.standIn(lines), published, lines);
        }
        List<String> body = List.copyOf(lines.subList(titleIndex + 1, lines.size()));
        return new ArticleHead(lines.get(titleIndex), published, body);
    }

    private static int dateLineIndex(List<String> lines) {
        for (int i = 0; i < Math.min(DATE_LINE_REACH, lines.size()); i++) {
            if (dateLine(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<PublicationDate> dateLine(String line) {
        return PublicationDate.parse(DATE_LINE_LEAD_IN.matcher(line).replaceFirst(""));
    }

    /**
     * Where the title is once the date line is out: right above where the date was, or first after a
     * rubric; -1 when no line looks like a title, or when the title would be all there is.
     */
    private static int titleIndex(List<String> lines, int formerDateIndex) {
        int candidate;
        if (formerDateIndex > 0) {
            candidate = formerDateIndex - 1;
        } else if (lines.size() > 2 && isRubric(lines.get(0)) && isTitle(lines.get(1))) {
            candidate = 1;
        } else {
            candidate = 0;
        }
        boolean onlyRubricsAbove = lines.subList(0, Math.min(candidate, lines.size())).stream()
                .allMatch(ArticleHead::isRubric);
        boolean textBelow = candidate + 1 < lines.size();
        return textBelow && onlyRubricsAbove && isTitle(lines.get(candidate)) ? candidate : -1;
    }

    private static boolean isTitle(String line) {
        return line.length() <= LONGEST_TITLE
                && words(line) <= MOST_TITLE_WORDS
                && !SENTENCE_END.matcher(line).matches()
                && line.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isRubric(String line) {
        return line.length() <= LONGEST_RUBRIC && words(line) <= MOST_RUBRIC_WORDS && isTitle(line);
    }

    private static int words(String line) {
        return line.split(" ").length;
    }
}
