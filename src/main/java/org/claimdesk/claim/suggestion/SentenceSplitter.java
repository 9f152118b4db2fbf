package org.claimdesk.claim.suggestion;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.claim.anchoring.Paragraph;
import org.claimdesk.claim.anchoring.Paragraphs;

/**
 * Splits an article's stored text into the sentences worth scoring, with their offsets: paragraph by
 * paragraph and line by line (a line break inside a paragraph separates list items and captions), skipping
 * page furniture, list bullets and run-in labels such as "Russia's role:".
 */
final class SentenceSplitter {

    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00A0]*(?:[•·▪‣◦*–—-]|\\d{1,2}[.)])[\\s\\u00A0]+");
    /** A short label before a colon that starts a line, followed by the sentence proper. */
    private static final Pattern RUN_IN_LABEL = Pattern.compile("^([^:\"“„«\\n]{1,40}):[\\s\\u00A0]+(?=[\\p{Lu}\\d])");
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(said|says|told|tells|added|wrote|writes|stated|states|explained|noted|warned|tweeted|asked"
                    + "|sagte|sagt|erklärte|schrieb|betonte|warnte)\\b", Pattern.CASE_INSENSITIVE);
    private static final int LABEL_MAX_WORDS = 5;

    private final Locale language;

    SentenceSplitter(Locale language) {
        this.language = language;
    }

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : Paragraphs.of(text)) {
            int lineStart = 0;
            for (String line : paragraph.text().split("\n", -1)) {
                addLine(sentences, text, paragraph.start() + lineStart, line);
                lineStart += line.length() + 1;
            }
        }
        return sentences;
    }

    private void addLine(List<Sentence> sentences, String text, int lineOffset, String line) {
        Matcher bullet = BULLET.matcher(line);
        int contentStart = bullet.find() ? bullet.end() : 0;
        String content = line.substring(contentStart);
        if (PageFurniture.isFurniture(content)) {
            return;
        }
        int offset = lineOffset + contentStart;
        boolean first = true;
        for (int[] range : sentenceRanges(content)) {
            int start = range[0];
            int end = range[1];
            if (first) {
                start = afterRunInLabel(content, start, end);
                first = false;
            }
            while (start < end && isBlank(content.charAt(start))) {
                start++;
            }
            while (end > start && isBlank(content.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                sentences.add(new Sentence(offset + start, offset + end, text.substring(offset + start, offset + end)));
            }
        }
    }

    /** BreakIterator's sentences, re-joined where it split after an abbreviation or an initial. */
    private List<int[]> sentenceRanges(String content) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(language);
        breaks.setText(content);
        List<int[]> ranges = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (!ranges.isEmpty() && Abbreviations.joins(content.substring(ranges.getLast()[0], start),
                    content.substring(start, end))) {
                ranges.getLast()[1] = end;
            } else {
                ranges.add(new int[] {start, end});
            }
        }
        return ranges;
    }

    private static int afterRunInLabel(String content, int start, int end) {
        Matcher label = RUN_IN_LABEL.matcher(content.substring(start, end));
        if (!label.find()) {
            return start;
        }
        String words = label.group(1).strip();
        boolean shortLabel = PageFurniture.wordCount(words) <= LABEL_MAX_WORDS;
        return shortLabel && !SPEECH_VERB.matcher(words).find() ? start + label.end() : start;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
