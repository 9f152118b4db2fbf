package org.claimdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.ViewIntro;

/** The desk's start page: the articles imported for checking, newest first. */
@Route("articles")
@RouteAlias("")
@Menu(order = 10, title = "nav.articles", icon = "vaadin:newspaper")
@RolesAllowed(Roles.VIEWER)
class ArticleListView extends Main implements HasDynamicTitle {

    ArticleListView(ArticleService articles, CurrentUser currentUser) {
        addClassName("cd-view");
        setId("articles-view");
        add(new ViewIntro(getTranslation("articles.intro")));
        if (currentUser.find().map(user -> user.has(Role.REVIEWER)).orElse(false)) {
            Button importArticle = new Button(getTranslation("import.open"), VaadinIcon.PLUS.create(),
                    click -> new ImportArticleDialog(articles).open());
            importArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importArticle.setId("import-article");
            Div toolbar = new Div(importArticle);
            toolbar.addClassName("cd-toolbar");
            add(toolbar);
        }
        if (articles.count() == 0) {
            add(new EmptyState(VaadinIcon.NEWSPAPER, getTranslation("articles.empty")));
            return;
        }
        Grid<ArticleSummary> grid = new Grid<>();
        grid.setId("articles-grid");
        grid.addColumn(ArticleSummary::title).setHeader(getTranslation("articles.column.title")).setFlexGrow(4);
        grid.addColumn(article -> article.publisher() == null ? "" : article.publisher())
                .setHeader(getTranslation("articles.column.publisher")).setAutoWidth(true);
        grid.addColumn(article -> article.publishedAt() == null ? "" : TimeDisplay.dateTime(article.publishedAt()))
                .setHeader(getTranslation("articles.column.published")).setAutoWidth(true);
        grid.addColumn(article -> TimeDisplay.dateTime(article.importedAt()))
                .setHeader(getTranslation("articles.column.imported")).setAutoWidth(true);
        grid.setItems(query -> articles.list(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click ->
                getUI().ifPresent(ui -> ui.navigate("articles/" + click.getItem().publicId())));
        grid.setHeight("70vh");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("articles.title");
    }
}
