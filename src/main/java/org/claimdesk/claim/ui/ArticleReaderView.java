package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.SuggestedSentence;
import org.claimdesk.claim.SuggestionService;
import org.claimdesk.claim.TextSelection;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;

/**
 * The article reader: the cleaned text in paragraphs with every claim highlighted where it stands, the
 * claims beside it, and the suggested check-worthy sentences. A reviewer selects words and presses
 * "New claim" (or Alt+N) to make a claim of them.
 */
@Route("articles/:articleId")
@RolesAllowed(Roles.VIEWER)
@JavaScript("context://assets/scripts/claimdesk-reader.js")
class ArticleReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ClaimService claims;
    private final SuggestionService suggestions;
    private final boolean mayEdit;
    private final Div text = new Div();
    private final Div side = new Div();
    private Article article;

    ArticleReaderView(ArticleService articles, ClaimService claims, SuggestionService suggestions,
            CurrentUser currentUser) {
        this.articles = articles;
        this.claims = claims;
        this.suggestions = suggestions;
        this.mayEdit = currentUser.find().map(user -> user.has(Role.REVIEWER)).orElse(false);
        addClassName("cd-view");
        setId("article-reader");
        text.addClassName("cd-article-text");
        text.setId("article-text");
        side.addClassName("cd-side-list");
        side.setId("article-claims");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Article> found = event.getRouteParameters().get("articleId").flatMap(RouteIds::uuid)
                .flatMap(articles::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        article = found.get();
        render();
    }

    private void render() {
        removeAll();
        add(new H2(article.title()), meta());
        if (mayEdit) {
            add(toolbar());
        }
        Div reader = new Div(text, side);
        reader.addClassName("cd-reader");
        add(reader);
        refresh();
    }

    private void reload() {
        articles.find(article.publicId()).ifPresent(fresh -> {
            article = fresh;
            render();
        });
    }

    void refresh() {
        List<ArticleClaim> inArticle = claims.claimsIn(article.publicId());
        text.removeAll();
        if (article.language() != null) {
            text.getElement().setAttribute("lang", article.language());
        }
        HighlightedText.render(text, article.text(), inArticle);
        side.removeAll();
        side.add(new H3(getTranslation("reader.claims", inArticle.size())));
        if (inArticle.isEmpty()) {
            side.add(new Paragraph(getTranslation(mayEdit ? "reader.claims.none.reviewer" : "reader.claims.none")));
        } else {
            Anchor inQueue = new Anchor("claims?queue=all&article=" + article.publicId(),
                    getTranslation("reader.claims.in-queue"));
            inQueue.setId("article-claims-in-queue");
            Anchor report = new Anchor("reports?article=" + article.publicId(), getTranslation("reader.claims.report"));
            report.setId("article-claims-report");
            side.add(new Paragraph(inQueue, new Text(" · "), report));
        }
        inArticle.forEach(claim -> side.add(claimCard(claim)));
        new SuggestionList(suggestions, article, mayEdit, this::acceptSuggestion, this::refresh).addTo(side);
    }

    private Div meta() {
        List<String> parts = new ArrayList<>();
        if (article.byline() != null) {
            parts.add(article.byline());
        }
        if (article.publisher() != null) {
            parts.add(article.publisher());
        }
        if (article.publishedAt() != null) {
            parts.add(TimeDisplay.dateTime(article.publishedAt()));
        }
        Div meta = new Div(new Span(String.join(" · ", parts)));
        meta.addClassName("cd-article-meta");
        if (article.canonicalUrl() != null) {
            Anchor original = new Anchor(article.canonicalUrl(), getTranslation("reader.original"));
            original.setTarget(AnchorTarget.BLANK);
            original.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            meta.add(new Text(" · "), original);
        }
        return meta;
    }

    private Div toolbar() {
        Button newClaim = new Button(getTranslation("reader.new-claim"), click -> newClaimFromSelection());
        newClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClaim.setId("new-claim");
        Shortcuts.addShortcutListener(this, this::newClaimFromSelection, Key.KEY_N, KeyModifier.ALT);
        Button correct = new Button(getTranslation("reader.correct"), click -> new CorrectTextDialog(articles, article,
                this::reload).open());
        correct.setId("correct-text");
        Div toolbar = new Div(newClaim, new Span(getTranslation("reader.new-claim.help")), correct);
        toolbar.addClassName("cd-toolbar");
        return toolbar;
    }

    private void newClaimFromSelection() {
        text.getElement().executeJs("return window.claimdesk.readSelection(this)")
                .then(String.class, this::openFromSelection);
    }

    /** The browser's answer: "startParagraph,startOffset,endParagraph,endOffset", or empty for no selection. */
    void openFromSelection(String reported) {
        String[] parts = reported.split(",");
        if (parts.length != 4) {
            Toasts.error(getTranslation("reader.select-first"));
            return;
        }
        try {
            openNewClaim(new TextSelection(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
        } catch (NumberFormatException e) {
            Toasts.error(getTranslation("reader.select-first"));
        }
    }

    void openNewClaim(TextSelection selection) {
        Optional<String> quote = HighlightedText.quote(article.text(), selection);
        if (quote.isEmpty()) {
            Toasts.error(getTranslation("reader.select-first"));
            return;
        }
        new NewClaimDialog(claims, quote.get(), NewClaimDialog.suggestedDraft(quote.get(), article),
                draft -> claims.createInArticle(article.publicId(), selection, draft),
                claimId -> claims.addAppearance(claimId, article.publicId(), selection), saved -> refresh()).open();
    }

    void acceptSuggestion(SuggestedSentence suggestion) {
        new NewClaimDialog(claims, suggestion.sentence(), NewClaimDialog.suggestedDraft(suggestion.sentence(), article),
                draft -> suggestions.accept(suggestion.id(), draft), null, saved -> refresh()).open();
    }

    private Div claimCard(ArticleClaim claim) {
        Div card = new Div();
        card.addClassNames("cd-card", "cd-clickable", "cd-claim-card");
        card.getElement().setAttribute("data-claim", claim.claimId().toString());
        Anchor open = new Anchor("claims/" + claim.claimId(), claim.statement());
        card.add(new Div(open), new RatingBadge(claim.ratingLabel(), claim.ratingColour()));
        if (claim.anchorState() == AnchorState.ORPHANED) {
            Span orphaned = new Span(getTranslation("reader.orphaned"));
            orphaned.addClassName("cd-orphaned");
            card.add(new Div(orphaned), quote(claim.quote()));
        } else {
            card.addClickListener(click -> text.getElement()
                    .executeJs("window.claimdesk.scrollToClaim(this, $0)", claim.claimId().toString()));
        }
        return card;
    }

    private static Paragraph quote(String quote) {
        Paragraph paragraph = new Paragraph("“" + quote + "”");
        paragraph.addClassName("cd-quote");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return article == null ? getTranslation("articles.title") : article.title();
    }
}
