package org.claimdesk.claim.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds an anchor again after its article's text was re-imported or corrected, in the manner of the
 * Hypothesis client and diff-match-patch: the old position if it still holds the quote; else the
 * quote's occurrences, told apart by their context and then by nearness to the old position; else the
 * same after evening out whitespace and typography; else a bounded fuzzy match for small corrections
 * inside the quote. What is not found is orphaned, never dropped. Stateless and thread-safe.
 */
public final class AnchorLocator {

    /** Edits allowed in a fuzzy match, per character of the quote. */
    static final double FUZZY_ERROR_RATIO = 0.2;
    /** Shorter quotes are matched exactly only: a few edits would turn them into other words. */
    static final int FUZZY_MIN_LENGTH = 12;
    /** The most text × quote characters a fuzzy search may compare; beyond it, it looks near the old position. */
    static final long FUZZY_MAX_CELLS = 20_000_000L;
    /** Extra characters of surrounding text to compare with the stored context, so that edits next to the quote cost little. */
    private static final int CONTEXT_SLACK = 8;

    /** Where the anchor is in {@code text} now, or empty if it is orphaned. */
    public Optional<TextPosition> locate(String text, Anchor anchor) {
        return reanchor(text, anchor).newPosition();
    }

    /** Where the anchor is in {@code text} now and how it was found. */
    public Reanchored reanchor(String text, Anchor anchor) {
        TextPosition old = anchor.position();
        String exact = anchor.exact();
        if (old.fitsIn(text.length()) && text.startsWith(exact, old.start())) {
            return Reanchored.found(Reanchored.Status.UNCHANGED, old);
        }
        List<TextPosition> occurrences = occurrences(text, exact);
        if (!occurrences.isEmpty()) {
            return Reanchored.found(Reanchored.Status.MOVED, choose(text, anchor, occurrences));
        }
        NormalisedText normalisedText = NormalisedText.of(text);
        String normalisedQuote = NormalisedText.normalise(exact).strip();
        if (normalisedQuote.isEmpty()) {
            return Reanchored.orphaned();
        }
        List<TextPosition> normalisedOccurrences = occurrences(normalisedText, normalisedQuote);
        if (!normalisedOccurrences.isEmpty()) {
            return Reanchored.found(Reanchored.Status.NORMALISED, choose(text, anchor, normalisedOccurrences));
        }
        List<TextPosition> fuzzy = fuzzyMatches(text, normalisedText, normalisedQuote, old).stream()
                .map(match -> toWordBoundaries(text, match, anchor.quote()))
                .distinct()
                .toList();
        if (!fuzzy.isEmpty()) {
            return Reanchored.found(Reanchored.Status.FUZZY, choose(text, anchor, fuzzy));
        }
        return Reanchored.orphaned();
    }

    private static List<TextPosition> occurrences(String text, String quote) {
        List<TextPosition> found = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            found.add(new TextPosition(at, at + quote.length()));
        }
        return found;
    }

    private static List<TextPosition> occurrences(NormalisedText text, String quote) {
        List<TextPosition> found = new ArrayList<>();
        for (TextPosition at : occurrences(text.value(), quote)) {
            found.add(text.toOriginal(at.start(), at.end()));
        }
        return found;
    }

    private static List<TextPosition> fuzzyMatches(String text, NormalisedText normalised, String quote,
            TextPosition old) {
        if (quote.length() < FUZZY_MIN_LENGTH || normalised.length() == 0) {
            return List.of();
        }
        int maxErrors = (int) Math.floor(quote.length() * FUZZY_ERROR_RATIO);
        int from = 0;
        int to = normalised.length();
        long cells = (long) to * quote.length();
        if (cells > FUZZY_MAX_CELLS) {
            int window = (int) (FUZZY_MAX_CELLS / quote.length());
            int expected = (int) ((long) Math.min(old.start(), text.length()) * to / Math.max(1, text.length()));
            from = Math.max(0, Math.min(expected - window / 2, to - window));
            to = Math.min(to, from + window);
        }
        List<TextPosition> found = new ArrayList<>();
        for (FuzzyMatcher.Match match : FuzzyMatcher.bestMatches(normalised.value(), from, to, quote, maxErrors)) {
            trimmed(text, normalised.toOriginal(match.start(), match.end())).ifPresent(found::add);
        }
        return found;
    }

    /**
     * A fuzzy match may stop inside a word where the quote stopped at a word's end ("Singapur" fixed to
     * "Singapore" matches best as "Singapor"); such a match is widened to the whole word.
     */
    private static TextPosition toWordBoundaries(String text, TextPosition match, TextQuote quote) {
        int start = match.start();
        int end = match.end();
        if (!endsInWord(quote.prefix()) && startsWithWord(quote.exact())) {
            while (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
                start--;
            }
        }
        if (!startsWithWord(quote.suffix()) && endsInWord(quote.exact())) {
            while (end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
                end++;
            }
        }
        return new TextPosition(start, end);
    }

    private static boolean startsWithWord(String s) {
        return !s.isEmpty() && isWordChar(s.charAt(0));
    }

    private static boolean endsInWord(String s) {
        return !s.isEmpty() && isWordChar(s.charAt(s.length() - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static Optional<TextPosition> trimmed(String text, TextPosition position) {
        int start = position.start();
        int end = position.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new TextPosition(start, end)) : Optional.empty();
    }

    /** The candidate whose surroundings look most like the quote's prefix and suffix, then the nearest. */
    private static TextPosition choose(String text, Anchor anchor, List<TextPosition> candidates) {
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        String prefix = NormalisedText.normalise(anchor.quote().prefix());
        String suffix = NormalisedText.normalise(anchor.quote().suffix());
        int oldStart = anchor.position().start();
        Comparator<Scored> byContext = Comparator.comparingInt(Scored::context).reversed();
        return candidates.stream()
                .map(candidate -> new Scored(candidate, context(text, candidate, prefix, suffix)))
                .sorted(byContext.thenComparingInt(scored -> Math.abs(scored.position().start() - oldStart)))
                .findFirst()
                .orElseThrow()
                .position();
    }

    /** How many characters of the stored prefix and suffix match around the candidate. */
    private static int context(String text, TextPosition candidate, String prefix, String suffix) {
        int reach = Anchor.CONTEXT_LENGTH + CONTEXT_SLACK;
        String before = text.substring(Math.max(0, candidate.start() - reach), candidate.start());
        String after = text.substring(candidate.end(), Math.min(text.length(), candidate.end() + reach));
        return EditDistance.endMatch(prefix, NormalisedText.normalise(before))
                + EditDistance.startMatch(suffix, NormalisedText.normalise(after));
    }

    private record Scored(TextPosition position, int context) {
    }
}
