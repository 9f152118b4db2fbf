package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.HistoryEntry;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.shell.LiveUpdates;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.claimdesk.claim.ClaimPagePart;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSource;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.claim.SourceService;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.VerdictService;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;

/** One claim: its statement, where it appears, its sources and evidence, and its verdict. */
@Route("claims/:claimId")
@RolesAllowed(Roles.VIEWER)
class ClaimView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;
    private final Clock clock;
    private final boolean mayEdit;
    private final List<ClaimPagePart> parts;
    private final LiveUpdates live;
    private final Div changedElsewhere = new Div();
    private ClaimDetails claim;
    /** How many history entries this screen has shown: later ones were made by someone else meanwhile. */
    private int historySeen;
    private @Nullable Registration subscription;

    ClaimView(ClaimService claims, SourceService sources, VerdictService verdicts, RatingScaleService ratings,
            CurrentUser currentUser, Clock clock, List<ClaimPagePart> parts, LiveUpdates live) {
        this.claims = claims;
        this.live = live;
        this.parts = parts.stream().sorted(Comparator.comparingInt(ClaimPagePart::order)).toList();
        this.sources = sources;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.clock = clock;
        this.mayEdit = currentUser.find().map(user -> user.has(Role.REVIEWER)).orElse(false);
        addClassName("cd-view");
        setId("claim-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClaimDetails> found = event.getRouteParameters().get("claimId").flatMap(RouteIds::uuid)
                .flatMap(claims::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        claim = found.get();
        render();
        if (subscription != null) {
            subscription.remove();
        }
        subscription = live.subscribe(this, "claim:" + claim.claimId(), () -> changedElsewhere.setVisible(true));
    }

    private void reload() {
        claims.find(claim.claimId()).ifPresent(fresh -> {
            claim = fresh;
            render();
        });
    }

    private void render() {
        removeAll();
        changedElsewhere.removeAll();
        changedElsewhere.setId("changed-elsewhere");
        changedElsewhere.addClassName("cd-banner");
        Button reloadNow = new Button(getTranslation("claim.changed-elsewhere.reload"), click -> reload());
        reloadNow.setId("reload-claim");
        changedElsewhere.add(new Span(getTranslation("claim.changed-elsewhere")), reloadNow);
        changedElsewhere.setVisible(false);
        add(changedElsewhere);
        H2 statement = new H2(claim.statement());
        statement.setId("claim-statement-heading");
        add(statement, facts());
        partsAt(ClaimPagePart.Placement.SUMMARY).forEach(part -> add(part.create(claim, this::reload)));
        Div research = new Div();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("claim.tab.research"), research);
        partsAt(ClaimPagePart.Placement.TAB).forEach(part -> tabs.add(getTranslation(part.titleKey()),
                part.create(claim, this::reload)));
        List<HistoryEntry> history = claims.history(claim.claimId());
        historySeen = history.size();
        tabs.add(getTranslation("claim.tab.history"), new HistoryList(history));
        add(tabs);
        renderResearch(research);
    }

    private void renderResearch(Div research) {
        if (mayEdit) {
            Button edit = new Button(getTranslation("claim.edit"), click -> openEditor());
            edit.setId("edit-claim");
            research.add(new Div(edit));
        }
        research.add(new H3(getTranslation("claim.appearances")));
        claim.appearances().forEach(appearance -> research.add(appearanceCard(appearance)));
        research.add(new H3(getTranslation("claim.sources")));
        if (mayEdit) {
            Button addSource = new Button(getTranslation("source.add"), click -> new SourceDialog(sources,
                    claim.claimId(), LocalDate.now(clock), this::reload).open());
            addSource.setId("add-source");
            research.add(new Div(addSource));
        }
        if (claim.sources().isEmpty()) {
            research.add(new Paragraph(getTranslation("claim.sources.none")));
        }
        claim.sources().forEach(source -> research.add(sourceCard(source)));
        research.add(new H3(getTranslation("claim.verdict")));
        Verdict verdict = claim.verdict();
        if (verdict == null) {
            research.add(new Paragraph(getTranslation("claim.verdict.none")));
        } else {
            research.add(verdictCard(verdict));
        }
        if (mayEdit) {
            verdicts.proposalRefusal(claim.claimId()).ifPresentOrElse(
                    reason -> research.add(note(getTranslation(reason))),
                    () -> research.add(new VerdictForm(claim, verdicts, ratings, this::reload, this::conflict)));
        }
    }

    private List<ClaimPagePart> partsAt(ClaimPagePart.Placement placement) {
        return parts.stream().filter(part -> part.placement() == placement).toList();
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cd-note");
        note.setId("verdict-closed");
        return note;
    }

    private Div facts() {
        List<String> parts = new ArrayList<>();
        if (claim.claimant() != null) {
            parts.add(getTranslation("claim.fact.claimant", claim.claimant()));
        }
        if (claim.claimDate() != null) {
            parts.add(getTranslation("claim.fact.claim-date", claim.claimDate()));
        }
        if (claim.asOfDate() != null) {
            parts.add(getTranslation("claim.fact.as-of", claim.asOfDate()));
        }
        parts.add(getTranslation("claim.priority." + claim.priority().name()));
        if (!claim.tags().isEmpty()) {
            parts.add(String.join(", ", claim.tags()));
        }
        Div facts = new Div(new Span(String.join(" · ", parts)));
        facts.addClassName("cd-article-meta");
        Verdict verdict = claim.verdict();
        if (verdict != null) {
            facts.addComponentAsFirst(new RatingBadge(verdict.rating().label(), verdict.rating().colour()));
        }
        return facts;
    }

    private Div appearanceCard(ClaimDetails.Appearance appearance) {
        Div card = new Div(new Anchor("articles/" + appearance.articleId(), appearance.articleTitle()));
        card.addClassName("cd-card");
        Paragraph quote = new Paragraph("“" + appearance.quote() + "”");
        quote.addClassName("cd-quote");
        card.add(quote);
        if (appearance.anchorState() == AnchorState.ORPHANED) {
            Span orphaned = new Span(getTranslation("reader.orphaned"));
            orphaned.addClassName("cd-orphaned");
            card.add(orphaned);
        }
        return card;
    }

    private Div sourceCard(ClaimSource source) {
        Anchor link = new Anchor(source.url(), source.title());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        Div card = new Div(new Div(link));
        card.addClassNames("cd-card", "cd-source");
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("source.stance." + source.stance().name()));
        if (source.publisher() != null) {
            facts.add(source.publisher());
        }
        if (source.author() != null) {
            facts.add(source.author());
        }
        if (source.publishedOn() != null) {
            facts.add(getTranslation("source.fact.published", source.publishedOn()));
        }
        facts.add(getTranslation("source.fact.accessed", source.accessedOn()));
        Span meta = new Span(String.join(" · ", facts));
        meta.addClassName("cd-article-meta");
        card.add(new Div(meta));
        if (source.passage() != null) {
            Paragraph passage = new Paragraph("“" + source.passage() + "”");
            passage.addClassName("cd-quote");
            card.add(passage);
        }
        Span archived = new Span(source.snapshot() == null ? getTranslation("source.not-archived")
                : getTranslation("source.archived", TimeDisplay.dateTime(source.snapshot().fetchedAt()),
                        source.snapshot().sha256().substring(0, 12), source.snapshot().characters()));
        archived.addClassNames("cd-article-meta", "cd-snapshot");
        card.add(new Div(archived));
        if (mayEdit) {
            Button archive = new Button(getTranslation("source.archive"), click -> {
                try {
                    sources.archive(source.sourceId());
                    Toasts.success(getTranslation("source.archive.done"));
                    reload();
                } catch (ClaimRuleViolation violation) {
                    Toasts.violation(this, violation);
                }
            });
            archive.addThemeVariants(ButtonVariant.LUMO_SMALL);
            archive.addClassName("archive-source");
            card.add(archive);
        }
        return card;
    }

    private Div verdictCard(Verdict verdict) {
        Div card = new Div(new RatingBadge(verdict.rating().label(), verdict.rating().colour()),
                SafeMarkdown.component(verdict.rationale()));
        card.addClassName("cd-card");
        card.setId("verdict");
        Span by = new Span(getTranslation("verdict.by", verdict.proposedBy(), TimeDisplay.dateTime(verdict.proposedAt())));
        by.addClassName("cd-article-meta");
        card.add(by);
        return card;
    }

    private void openEditor() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("claim.edit"));
        ClaimForm form = new ClaimForm();
        form.fill(claim.draft());
        Button save = new Button(getTranslation("claim.edit.save"), click -> {
            ClaimDraft mine = form.draft();
            try {
                claims.update(claim.claimId(), mine, claim.version());
                dialog.close();
                reload();
            } catch (ClaimRuleViolation violation) {
                if (!violation.messageKey().equals("claim.changed-meanwhile")) {
                    Toasts.violation(this, violation);
                    return;
                }
                dialog.close();
                conflict(() -> claims.find(claim.claimId())
                        .ifPresent(fresh -> claims.update(claim.claimId(), mine, fresh.version())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-claim-edit");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /**
     * Someone saved first: shows what they changed since this screen was rendered, then reloads, or
     * re-applies this person's change on top of theirs when asked to.
     */
    private void conflict(Runnable reapply) {
        List<HistoryEntry> history = claims.history(claim.claimId());
        List<HistoryEntry> meanwhile = history.subList(Math.min(historySeen, history.size()), history.size());
        new ConflictDialog(meanwhile, this::reload, () -> {
            try {
                reapply.run();
                Toasts.success(getTranslation("conflict.reapplied"));
            } catch (TranslatableException refused) {
                Toasts.violation(this, refused);
            }
            reload();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return claim == null ? getTranslation("claims.title") : claim.statement();
    }
}
