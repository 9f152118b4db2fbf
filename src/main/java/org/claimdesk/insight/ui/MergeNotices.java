package org.claimdesk.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimMerge;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.insight.DuplicateService;

/**
 * The merges a claim takes part in, each with a link to the other claim and, for reviewers, Undo. A
 * duplicate says where its appearances went; its discussion and history stay on its own page.
 */
class MergeNotices extends Div {

    private final DuplicateService duplicates;
    private final Runnable refreshPage;

    MergeNotices(DuplicateService duplicates, UUID claimId, boolean mayUndo, Runnable refreshPage) {
        this.duplicates = duplicates;
        this.refreshPage = refreshPage;
        setId("merge-notices");
        List<ClaimMerge> merges = duplicates.merges(claimId);
        setVisible(!merges.isEmpty());
        for (ClaimMerge merge : merges) {
            add(notice(merge, merge.duplicateId().equals(claimId), mayUndo));
        }
    }

    private Div notice(ClaimMerge merge, boolean thisIsDuplicate, boolean mayUndo) {
        Div notice = new Div();
        notice.addClassNames("cd-banner", "cd-merge-notice");
        String when = TimeDisplay.dateTime(merge.mergedAt());
        if (thisIsDuplicate) {
            notice.addClassName("cd-merged-duplicate");
            notice.add(new Span(getTranslation("similar.notice.duplicate", merge.mergedBy(), when) + " "),
                    new Anchor(SearchRoutes.claim(merge.canonicalId()), merge.canonicalStatement()),
                    new Span(" " + getTranslation("similar.notice.duplicate.after", merge.appearancesMoved())));
        } else {
            notice.addClassName("cd-merged-canonical");
            notice.add(new Span(getTranslation("similar.notice.canonical", merge.mergedBy(), when) + " "),
                    new Anchor(SearchRoutes.claim(merge.duplicateId()), merge.duplicateStatement()),
                    new Span(" " + getTranslation("similar.notice.canonical.after", merge.appearancesMoved(),
                            merge.sourcesAdded())));
        }
        if (mayUndo) {
            Button undo = new Button(getTranslation("similar.undo"), click -> undo(merge));
            undo.addClassName("undo-merge");
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
            notice.add(undo);
        }
        return notice;
    }

    private void undo(ClaimMerge merge) {
        try {
            duplicates.undo(merge.mergeId());
        } catch (TranslatableException refused) {
            InsightToasts.refused(this, refused);
            return;
        }
        InsightToasts.success(getTranslation("similar.undone", merge.duplicateStatement()));
        refreshPage.run();
    }
}
