package org.claimdesk.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Comparator;
import java.util.List;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.shell.HeaderWidget;

/**
 * The frame around every signed-in screen: the drawer lists exactly the screens the person's role may
 * open (Vaadin filters {@code @Menu} entries by each view's access annotations), the header shows the
 * current screen and the user menu.
 */
@Layout
@AnonymousAllowed // error views use it too; the views inside decide who may see them
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final CurrentUser currentUser;
    private final SideNav navigation = new SideNav();

    MainLayout(CurrentUser currentUser, List<HeaderWidget> widgets) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addClassName("cd-main-layout");
        addToDrawer(brand(), new Scroller(navigation));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.drawer-toggle"));
        viewTitle.addClassName("cd-view-title");
        Header header = new Header(toggle, viewTitle);
        header.addClassName("cd-header");
        currentUser.find().ifPresent(user -> {
            widgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order))
                    .forEach(widget -> header.add(widget.create()));
            header.add(new UserMenu(user, currentUser));
        });
        addToNavbar(true, header);
    }

    private Component brand() {
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("cd-brand");
        return brand;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        MenuConfiguration.getMenuEntries(getLocale()).forEach(entry -> navigation.addItem(item(entry)));
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(getTranslation("app.name")));
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

}
