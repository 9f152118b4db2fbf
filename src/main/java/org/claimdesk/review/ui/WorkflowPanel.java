package org.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.review.Correction;
import org.claimdesk.review.PublishedVerdict;
import org.claimdesk.review.ReviewAction;
import org.claimdesk.review.ReviewRuleViolation;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.review.ReviewStatus;
import org.claimdesk.security.ColleagueDirectory;

/**
 * A claim's place in the workflow: its state, who has it and until when, what happened last, and
 * exactly the steps the signed-in person may take now (the service checks them again).
 */
class WorkflowPanel extends Div {

    private final ReviewService reviews;
    private final ColleagueDirectory colleagues;
    private final Clock clock;
    private final Runnable refreshPage;

    WorkflowPanel(ReviewService reviews, ColleagueDirectory colleagues, Clock clock, UUID claimId,
            Runnable refreshPage) {
        this.reviews = reviews;
        this.colleagues = colleagues;
        this.clock = clock;
        this.refreshPage = refreshPage;
        setId("workflow");
        addClassNames("cd-card", "cd-workflow");
        reviews.status(claimId).ifPresent(this::render);
    }

    private void render(ReviewStatus status) {
        Div facts = new Div(new StateBadge(status.state()));
        facts.addClassName("cd-workflow-facts");
        facts.add(fact("workflow-assignee", status.assignee() == null ? getTranslation("review.unassigned")
                : getTranslation("review.assigned-to", status.assignee().displayName())));
        LocalDate today = LocalDate.now(clock);
        if (status.dueOn() != null) {
            Span due = fact("workflow-due", getTranslation("review.due-on", TimeDisplay.date(status.dueOn())));
            if (status.state().isOpen() && status.dueOn().isBefore(today)) {
                due.addClassName("cd-overdue");
                due.setText(getTranslation("review.overdue-since", TimeDisplay.date(status.dueOn())));
            }
            facts.add(due);
        }
        if (status.recheckOn() != null) {
            facts.add(fact("workflow-recheck", getTranslation(status.recheckOn().isAfter(today)
                    ? "review.recheck-on" : "review.recheck-due", TimeDisplay.date(status.recheckOn()))));
        }
        add(facts);
        explanations(status).forEach(this::add);
        add(actions(status));
        if (!status.publications().isEmpty()) {
            add(publications(status));
        }
    }

    private List<Paragraph> explanations(ReviewStatus status) {
        List<Paragraph> lines = new ArrayList<>();
        if (status.state() == ReviewState.VERDICT_PROPOSED && status.proposedAt() != null) {
            lines.add(line("workflow-proposed", getTranslation("review.proposed-by",
                    String.join(", ", status.proposers()), TimeDisplay.dateTime(status.proposedAt()))));
        }
        if (status.lastRejection() != null && status.state() != ReviewState.PUBLISHED) {
            lines.add(line("workflow-rejection", getTranslation("review.rejected-by", status.lastRejection().by(),
                    TimeDisplay.dateTime(status.lastRejection().at()), status.lastRejection().comment())));
        }
        if (status.correctionReason() != null) {
            lines.add(line("workflow-correction", getTranslation("review.correction-reason",
                    status.correctionReason())));
        }
        if (status.archiveReason() != null && status.state() == ReviewState.ARCHIVED) {
            lines.add(line("workflow-archived", getTranslation("review.archive-reason", status.archiveReason())));
        }
        if (status.state() == ReviewState.VERDICT_PROPOSED && !status.allows(ReviewAction.APPROVE)
                && status.allowedActions().contains(ReviewAction.WITHDRAW)) {
            lines.add(line("workflow-four-eyes", getTranslation("review.four-eyes.note")));
        }
        return lines;
    }

    private Div actions(ReviewStatus status) {
        Div actions = new Div();
        actions.addClassName("cd-workflow-actions");
        UUID claimId = status.claimId();
        long version = status.version();
        Set<ReviewAction> allowed = status.allowedActions();
        if (allowed.contains(ReviewAction.START_RESEARCH)) {
            actions.add(button("start-research", "review.action.start-research", true,
                    () -> reviews.startResearch(claimId, version), "review.done.research-started"));
        }
        if (allowed.contains(ReviewAction.TAKE) && status.state() != ReviewState.DRAFT) {
            actions.add(button("take-claim", "review.action.take", false, () -> reviews.take(claimId, version),
                    "review.done.taken"));
        }
        if (allowed.contains(ReviewAction.APPROVE)) {
            actions.add(button("approve", "review.action.approve", true, () -> reviews.approve(claimId, version),
                    "review.done.approved"));
        }
        if (allowed.contains(ReviewAction.REJECT)) {
            actions.add(reasonButton("reject", "review.action.reject", "review.reject.label",
                    comment -> reviews.reject(claimId, comment, version), "review.done.rejected"));
        }
        if (allowed.contains(ReviewAction.WITHDRAW)) {
            actions.add(button("withdraw", "review.action.withdraw", false, () -> reviews.withdraw(claimId, version),
                    "review.done.withdrawn"));
        }
        if (allowed.contains(ReviewAction.START_CORRECTION)) {
            actions.add(reasonButton("start-correction", "review.action.start-correction", "review.correction.label",
                    reason -> reviews.startCorrection(claimId, reason, version), "review.done.correction-started"));
        }
        if (allowed.contains(ReviewAction.ASSIGN)) {
            Button assign = new Button(getTranslation("review.action.assign"), click -> new AssignDialog(reviews,
                    colleagues.reviewers(), List.of(claimId), LocalDate.now(clock), refreshPage).open());
            assign.setId("assign");
            actions.add(assign);
        }
        if (allowed.contains(ReviewAction.SET_RECHECK)) {
            Button recheck = new Button(getTranslation("review.action.recheck"),
                    click -> recheckDialog(status).open());
            recheck.setId("set-recheck");
            actions.add(recheck);
        }
        if (allowed.contains(ReviewAction.ARCHIVE)) {
            Button archive = reasonButton("archive", "review.action.archive", "review.archive.label",
                    reason -> reviews.archive(claimId, reason, version), "review.done.archived");
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        if (allowed.contains(ReviewAction.RESTORE)) {
            actions.add(button("restore", "review.action.restore", false, () -> reviews.restore(claimId, version),
                    "review.done.restored"));
        }
        return actions;
    }

    private Button button(String id, String labelKey, boolean primary, Runnable step, String doneKey) {
        Button button = new Button(getTranslation(labelKey), click -> run(step, doneKey));
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Button reasonButton(String id, String labelKey, String reasonLabelKey, Consumer<String> step,
            String doneKey) {
        Button button = new Button(getTranslation(labelKey) + "…", click -> new ReasonDialog(getTranslation(labelKey),
                getTranslation(reasonLabelKey), getTranslation(labelKey), id + "-confirm",
                reason -> run(() -> step.accept(reason), doneKey)).open());
        button.setId(id);
        return button;
    }

    private void run(Runnable step, String doneKey) {
        try {
            step.run();
            ReviewToasts.done(getTranslation(doneKey));
        } catch (ReviewRuleViolation refusal) {
            ReviewToasts.refused(this, refusal);
        }
        refreshPage.run();
    }

    private Dialog recheckDialog(ReviewStatus status) {
        Dialog dialog = new Dialog(getTranslation("review.action.recheck"));
        DatePicker date = new DatePicker(getTranslation("review.recheck.label"), status.recheckOn());
        date.setId("recheck-date");
        date.setClearButtonVisible(true);
        date.setHelperText(getTranslation("review.recheck.help"));
        Button save = new Button(getTranslation("review.recheck.save"), click -> {
            dialog.close();
            run(() -> reviews.setRecheck(status.claimId(), date.getValue(), status.version()), "review.done.recheck");
        });
        save.setId("recheck-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(date);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Details publications(ReviewStatus status) {
        Div list = new Div();
        list.setId("workflow-publications");
        for (PublishedVerdict published : status.publications()) {
            Paragraph entry = line(null, getTranslation(published.supersededAt() == null
                            ? "review.published.current" : "review.published.earlier",
                    published.ratingLabel(), TimeDisplay.dateTime(published.publishedAt()),
                    String.join(", ", published.proposedBy()), published.approvedBy()));
            entry.addClassName("cd-publication");
            list.add(entry);
        }
        for (Correction correction : status.corrections()) {
            Paragraph entry = line(null, getTranslation("review.correction.entry",
                    TimeDisplay.dateTime(correction.publishedAt()), correction.previousRating(),
                    correction.correctedRating(), correction.reason(), correction.approvedBy()));
            entry.addClassName("cd-correction");
            list.add(entry);
        }
        Details details = new Details(getTranslation("review.publications", status.publications().size(),
                status.corrections().size()), list);
        details.setId("workflow-publication-details");
        return details;
    }

    private static Span fact(String id, String text) {
        Span fact = new Span(text);
        fact.setId(id);
        fact.addClassName("cd-workflow-fact");
        return fact;
    }

    private static Paragraph line(@org.jspecify.annotations.Nullable String id, String text) {
        Paragraph line = new Paragraph(text);
        if (id != null) {
            line.setId(id);
        }
        line.addClassName("cd-workflow-line");
        return line;
    }
}
