package org.claimdesk.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import java.util.Locale;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.claimdesk.i18n.Languages;

/** The signed-in person's menu: profile, language, theme and sign-out. */
class UserMenu extends MenuBar {

    UserMenu(SignedInUser user, CurrentUser currentUser) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        addClassName("cd-user-menu");
        getElement().setAttribute("aria-label", getTranslation("menu.user"));
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeName("xsmall");
        avatar.getElement().setAttribute("tabindex", "-1");
        Span name = new Span(user.displayName() + " · " + getTranslation("role." + user.role().name()));
        name.addClassName("cd-user-name");
        MenuItem root = addItem(avatar);
        root.add(name);
        root.setId("user-menu");
        SubMenu menu = root.getSubMenu();
        menu.addItem(getTranslation("menu.profile"), click -> UI.getCurrent().navigate("profile"))
                .setId("user-menu-profile");
        addLanguages(menu.addItem(getTranslation("menu.language")).getSubMenu());
        addThemes(menu.addItem(getTranslation("menu.theme")).getSubMenu());
        menu.addItem(getTranslation("menu.sign-out"), click -> currentUser.signOut()).setId("user-menu-sign-out");
    }

    private void addLanguages(SubMenu languages) {
        for (Locale locale : Languages.SUPPORTED) {
            MenuItem item = languages.addItem(getTranslation("language." + locale.getLanguage()),
                    click -> UserPreferences.chooseLanguage(UI.getCurrent(), locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
            item.setId("language-" + locale.getLanguage());
        }
    }

    private void addThemes(SubMenu themes) {
        addTheme(themes, "menu.theme.light", ColorScheme.Value.LIGHT);
        addTheme(themes, "menu.theme.dark", ColorScheme.Value.DARK);
        addTheme(themes, "menu.theme.system", ColorScheme.Value.SYSTEM);
    }

    private void addTheme(SubMenu themes, String key, ColorScheme.Value scheme) {
        themes.addItem(getTranslation(key), click -> UserPreferences.chooseTheme(UI.getCurrent(), scheme))
                .setId("theme-" + scheme.name().toLowerCase(Locale.ROOT));
    }
}
