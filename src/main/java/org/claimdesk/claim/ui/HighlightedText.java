package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.TextSelection;
import org.claimdesk.claim.anchoring.AnchoredClaim;
import org.claimdesk.claim.anchoring.HighlightLayout;
import org.claimdesk.claim.anchoring.ParagraphLayout;
import org.claimdesk.claim.anchoring.Selections;
import org.claimdesk.claim.anchoring.Segment;
import org.claimdesk.claim.anchoring.TextPosition;

/**
 * Renders an article's paragraphs with the claims' words marked. Text goes into Text components, so
 * nothing in an article is ever interpreted as HTML. Where claims overlap, a mark lists all of them and
 * is drawn deeper.
 */
final class HighlightedText {

    private HighlightedText() {
    }

    static void render(Div target, String articleText, List<ArticleClaim> claims) {
        List<AnchoredClaim> anchored = new ArrayList<>();
        for (int index = 0; index < claims.size(); index++) {
            ArticleClaim claim = claims.get(index);
            if (claim.anchorState() != AnchorState.ORPHANED) {
                anchored.add(new AnchoredClaim(index, new TextPosition(claim.start(), claim.end())));
            }
        }
        for (ParagraphLayout layout : HighlightLayout.of(articleText, anchored)) {
            Paragraph paragraph = new Paragraph();
            paragraph.getElement().setAttribute("data-paragraph", String.valueOf(layout.paragraph().index()));
            for (Segment segment : layout.segments()) {
                String words = segment.textIn(layout.paragraph());
                if (!segment.highlighted()) {
                    paragraph.add(new Text(words));
                    continue;
                }
                Span mark = new Span(words);
                mark.addClassNames("cd-claim-mark", "cd-depth-" + Math.min(segment.claimIds().size(), 3));
                mark.getElement().setAttribute("data-claims", segment.claimIds().stream()
                        .map(index -> claims.get(index.intValue()).claimId().toString())
                        .collect(Collectors.joining(" ")));
                mark.setTitle(segment.claimIds().stream()
                        .map(index -> claims.get(index.intValue()).statement())
                        .collect(Collectors.joining("\n")));
                paragraph.add(mark);
            }
            target.add(paragraph);
        }
    }

    /** The selected words, trimmed, or empty if the selection holds none. */
    static Optional<String> quote(String articleText, TextSelection selection) {
        try {
            return Optional.of(Selections.toAnchor(articleText, selection.startParagraph(), selection.startOffset(),
                    selection.endParagraph(), selection.endOffset()).exact());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
