package org.claimdesk.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import java.util.Locale;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;

class AppShellViewTest extends KaribuTest {

    @Test
    void aViewerSeesArticlesClaimsAndReports() {
        signInAs("viewer");
        UI.getCurrent().navigate("articles");

        assertThat(navigation()).containsExactly("Articles", "Claims", "Reports");
    }

    @Test
    void aReviewerSeesArticlesClaimsTheClaimReviewImportAndReports() {
        signInAs("reviewer");
        UI.getCurrent().navigate("articles");

        assertThat(navigation()).containsExactly("Articles", "Claims", "Import ClaimReview", "Reports");
    }

    @Test
    void anEditorAlsoSeesTheDashboard() {
        signInAs("editor");
        UI.getCurrent().navigate("articles");

        assertThat(navigation()).containsExactly("Articles", "Claims", "Import ClaimReview", "Dashboard", "Reports");
    }

    @Test
    void anAdminSeesEverything() {
        signInAs("admin");
        UI.getCurrent().navigate("articles");

        assertThat(navigation()).containsExactly("Articles", "Claims", "Import ClaimReview", "Dashboard", "Reports",
                "Admin");
    }

    @Test
    void everyScreenHasItsOwnAddress() {
        signInAs("admin");
        for (String route : List.of("articles", "claims", "dashboard", "admin", "profile")) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(route);
        }
    }

    @Test
    void aViewerWhoTypesTheAdminAddressIsDeniedAndSeesNothingOfIt() {
        signInAs("viewer");
        UI.getCurrent().navigate("admin");

        assertThat(byId("access-denied-view")).isPresent();
        assertThat(byId("admin-view")).isEmpty();
        assertThat(byId("users-grid")).isEmpty();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundView() {
        signInAs("reviewer");
        // as when the address is typed: UI.navigate would hand an unknown path to the client-side router
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        assertThat(byId("not-found-view")).isPresent();
    }

    @Test
    void theNavigationSpeaksGermanToAGermanBrowser() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        signInAs("admin");
        UI.getCurrent().navigate("articles");

        assertThat(navigation()).containsExactly("Artikel", "Behauptungen", "ClaimReview importieren", "Übersicht",
                "Berichte", "Verwaltung");
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static java.util.Optional<Component> byId(String id) {
        return _find(Component.class).stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

}
