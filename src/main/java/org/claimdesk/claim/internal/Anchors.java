package org.claimdesk.claim.internal;

import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.TextSelection;
import org.claimdesk.claim.anchoring.Anchor;
import org.claimdesk.claim.anchoring.Selections;

/** Between the reader's selections, the anchoring code and what the database stores. */
final class Anchors {

    private Anchors() {
    }

    static Anchor fromSelection(String text, TextSelection selection) {
        try {
            return Selections.toAnchor(text, selection.startParagraph(), selection.startOffset(),
                    selection.endParagraph(), selection.endOffset());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ClaimRuleViolation("claim.selection.empty");
        }
    }

    static Anchor of(String text, int start, int end) {
        try {
            return Anchor.of(text, start, end);
        } catch (IllegalArgumentException e) {
            throw new ClaimRuleViolation("claim.selection.empty");
        }
    }

    static StoredAnchor stored(Anchor anchor) {
        return new StoredAnchor(anchor.position().start(), anchor.position().end(), anchor.quote().exact(),
                anchor.quote().prefix(), anchor.quote().suffix());
    }

    static Anchor anchor(StoredAnchor stored) {
        return new Anchor(new org.claimdesk.claim.anchoring.TextPosition(stored.start(), stored.end()),
                new org.claimdesk.claim.anchoring.TextQuote(stored.exact(), stored.prefix(), stored.suffix()));
    }
}
