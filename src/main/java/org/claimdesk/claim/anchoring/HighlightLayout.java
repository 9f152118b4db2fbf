package org.claimdesk.claim.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays out the claim highlights of the article reader. Claims may overlap or nest, so each paragraph is
 * cut at every claim boundary into segments that list all the claims covering them; a claim that runs
 * over a paragraph break is split per paragraph. Positions outside the text (orphaned or stale anchors)
 * are left out. Pure and deterministic: the same input gives the same segments.
 */
public final class HighlightLayout {

    /** Claims covering a segment are listed outermost first: by start, then longest, then id. */
    private static final Comparator<AnchoredClaim> READING_ORDER = Comparator
            .comparingInt((AnchoredClaim claim) -> claim.position().start())
            .thenComparing(claim -> claim.position().end(), Comparator.reverseOrder())
            .thenComparingLong(AnchoredClaim::claimId);

    private HighlightLayout() {
    }

    public static List<ParagraphLayout> of(String text, List<AnchoredClaim> claims) {
        List<AnchoredClaim> inText = claims.stream()
                .filter(claim -> claim.position().fitsIn(text.length()))
                .sorted(READING_ORDER)
                .toList();
        List<ParagraphLayout> layouts = new ArrayList<>();
        for (Paragraph paragraph : Paragraphs.of(text)) {
            layouts.add(new ParagraphLayout(paragraph, segments(paragraph, inText)));
        }
        return List.copyOf(layouts);
    }

    private static List<Segment> segments(Paragraph paragraph, List<AnchoredClaim> claims) {
        List<AnchoredClaim> here = claims.stream()
                .filter(claim -> claim.position().start() < paragraph.end() && claim.position().end() > paragraph.start())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, paragraph.text().length()));
        for (AnchoredClaim claim : here) {
            cuts.add(relative(paragraph, claim.position().start()));
            cuts.add(relative(paragraph, claim.position().end()));
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segments.add(new Segment(from, to, covering(paragraph.start() + from, paragraph.start() + to, here)));
        }
        return segments;
    }

    private static int relative(Paragraph paragraph, int absolute) {
        return Math.clamp(absolute - paragraph.start(), 0, paragraph.text().length());
    }

    private static List<Long> covering(int start, int end, List<AnchoredClaim> claims) {
        return claims.stream()
                .filter(claim -> claim.position().start() <= start && claim.position().end() >= end)
                .map(AnchoredClaim::claimId)
                .distinct()
                .toList();
    }
}
