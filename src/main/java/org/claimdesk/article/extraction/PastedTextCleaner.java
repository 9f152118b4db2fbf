package org.claimdesk.article.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an article of text copied from a news page in a browser: drops the page's furniture (skip links,
 * player notices, image captions and credits, newsletter and share prompts, the sections after the article)
 * and keeps the headline, the date, the lead, the body, sub-headings and list items, one paragraph each.
 * Thread-safe and without state.
 */
public class PastedTextCleaner {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫‣⁃●∙·*–-]\\s+");
    /** A line that ends like this finishes its sentence, so the next line is not its continuation. */
    private static final Pattern FINISHED = Pattern.compile(".*[.!?:;…\"”“’»«)\\]]$");
    private static final Pattern STARTS_LOWER_CASE = Pattern.compile("^\\p{Ll}.*");
    private static final int LONGEST_CAPTION = 300;
    private static final int MOST_MEDIA_TITLE_WORDS = 12;

    /**
     * Cleans pasted page text.
     *
     * @throws ExtractionException with {@link ExtractionException.Reason#NO_TEXT} when no article text is left
     */
    public ExtractedArticle clean(String pastedText) {
        List<String> paragraphs = paragraphs(withoutFurniture(lines(pastedText)));
        if (paragraphs.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT);
        }
        ArticleHead head = ArticleHead.of(paragraphs);
        if (head.body().isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT);
        }
        PublicationDate published = head.published();
        return new ExtractedArticle(head.title(), null, null,
                published == null ? null : published.time(),
                published == null ? null : published.day(),
                null, null, null, head.body());
    }

    /** The normalised lines, with "" for a run of blank lines. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(text)) {
            String line = PlainText.normalise(raw);
            if (!line.isEmpty() || (!lines.isEmpty() && !lines.getLast().isEmpty())) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> withoutFurniture(List<String> lines) {
        List<String> kept = new ArrayList<>();
        Set<String> skippedSections = new HashSet<>();
        boolean previousKept = false;
        for (String line : lines) {
            boolean keep = false;
            if (line.isEmpty()) {
                keep = true;
            } else if (!skippedSections.contains(line.toLowerCase(Locale.ROOT))) {
                switch (PageFurniture.classify(line)) {
                    case TEXT -> keep = true;
                    case FURNITURE -> { }
                    case SECTION_SKIP_LINK -> PageFurniture.skippedSection(line).ifPresent(skippedSections::add);
                    case DURATION -> removeMediaTitle(kept);
                    case IMAGE_CREDIT -> removeCaption(kept, previousKept);
                    case SIGN_OFF -> {
                        return kept;
                    }
                }
            }
            if (keep) {
                kept.add(line);
            }
            previousKept = keep && !line.isEmpty();
        }
        return kept;
    }

    /**
     * The line right above an image credit is the image's caption, if it stands apart from the text above it
     * (a blank line, or no finished sentence); a body paragraph followed by a credit keeps its last line.
     */
    private static void removeCaption(List<String> kept, boolean creditFollowsDirectly) {
        if (!creditFollowsDirectly || kept.getLast().length() > LONGEST_CAPTION) {
            return;
        }
        String caption = kept.getLast();
        boolean startsABlock = kept.size() == 1 || kept.get(kept.size() - 2).isEmpty();
        if (startsABlock || !FINISHED.matcher(caption).matches() && !STARTS_LOWER_CASE.matcher(caption).matches()) {
            kept.removeLast();
        }
    }

    /** The short, title-like line above a player's running time names the video; the article is above it. */
    private static void removeMediaTitle(List<String> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).isEmpty()) {
            last--;
        }
        long linesAbove = kept.subList(0, Math.max(last, 0)).stream().filter(line -> !line.isEmpty()).count();
        if (last >= 0 && linesAbove >= 2) {
            String candidate = kept.get(last);
            if (!FINISHED.matcher(candidate).matches() && candidate.split(" ").length <= MOST_MEDIA_TITLE_WORDS) {
                kept.remove(last);
            }
        }
    }

    /**
     * One paragraph per line, except that a line continuing the sentence of the one above (hard-wrapped
     * text) joins it; list bullets are stripped.
     */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            boolean continues = !current.isEmpty() && !line.isEmpty()
                    && !FINISHED.matcher(current).matches() && STARTS_LOWER_CASE.matcher(line).matches();
            if (continues) {
                current.append(' ').append(line);
                continue;
            }
            addParagraph(paragraphs, current);
            current.append(line);
        }
        addParagraph(paragraphs, current);
        return paragraphs;
    }

    private static void addParagraph(List<String> paragraphs, StringBuilder current) {
        String paragraph = BULLET.matcher(current).replaceFirst("").strip();
        current.setLength(0);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
