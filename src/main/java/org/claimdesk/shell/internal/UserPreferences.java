package org.claimdesk.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.claimdesk.i18n.Languages;

/**
 * The language and colour scheme someone picked in the user menu. Kept in the session and, for the next
 * visit, in a cookie; without a choice the language follows the browser and the theme the system.
 */
final class UserPreferences {

    static final String LANGUAGE_COOKIE = "claimdesk-language";
    static final String THEME_COOKIE = "claimdesk-theme";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private UserPreferences() {
    }

    static void chooseLanguage(UI ui, Locale locale) {
        remember(ui, LANGUAGE_COOKIE, locale.toLanguageTag());
        VaadinSession.getCurrent().setLocale(locale);
        ui.getPage().reload();
    }

    static void chooseTheme(UI ui, ColorScheme.Value scheme) {
        remember(ui, THEME_COOKIE, scheme.name());
        ui.getPage().setColorScheme(scheme);
    }

    /** Applies remembered choices to a new browser tab. */
    static void apply(UI ui, VaadinRequest request) {
        cookie(request, LANGUAGE_COOKIE).map(Languages::supportedOrDefault).ifPresent(ui::setLocale);
        cookie(request, THEME_COOKIE).flatMap(UserPreferences::scheme).ifPresent(ui.getPage()::setColorScheme);
    }

    static Optional<ColorScheme.Value> scheme(String name) {
        return Arrays.stream(ColorScheme.Value.values()).filter(value -> value.name().equals(name)).findFirst();
    }

    private static void remember(UI ui, String name, String value) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + encodeURIComponent($1) + '; path=/; max-age=' + $2"
                + " + '; samesite=lax' + (location.protocol === 'https:' ? '; secure' : '')",
                name, value, ONE_YEAR_SECONDS);
    }

    private static Optional<String> cookie(VaadinRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(name))
                .map(Cookie::getValue).findFirst();
    }
}
