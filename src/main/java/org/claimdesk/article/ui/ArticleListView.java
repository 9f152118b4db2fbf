package org.claimdesk.article.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.ViewIntro;

/** The desk's start page: the articles imported for checking. */
@Route("articles")
@RouteAlias("")
@Menu(order = 10, title = "nav.articles", icon = "vaadin:newspaper")
@RolesAllowed(Roles.VIEWER)
class ArticleListView extends Main implements HasDynamicTitle {

    ArticleListView() {
        addClassName("cd-view");
        setId("articles-view");
        add(new ViewIntro(getTranslation("articles.intro")),
                new EmptyState(VaadinIcon.NEWSPAPER, getTranslation("articles.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("articles.title");
    }
}
