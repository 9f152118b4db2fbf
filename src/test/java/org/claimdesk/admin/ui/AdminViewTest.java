package org.claimdesk.admin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimdesk.security.PasswordHandover;
import org.claimdesk.security.Role;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;

class AdminViewTest extends KaribuTest {

    @Test
    void listsEveryoneWhoCanSignInWithTheirRoleAndLastSignIn() {
        signInAs("admin");
        UI.getCurrent().navigate("admin");

        assertThat(rows()).anyMatch(row -> row.startsWith("admin|Demo Admin|admin@claimdesk.invalid|Admin|Active|"))
                .anyMatch(row -> row.startsWith("viewer|Demo Viewer|viewer@claimdesk.invalid|Viewer|Active|"))
                .noneMatch(row -> row.startsWith("admin|") && row.endsWith("|never"));
    }

    @Test
    void searchesByNameOrAddress() {
        signInAs("admin");
        UI.getCurrent().navigate("admin");

        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), "EDITOR@claimdesk");

        assertThat(rows()).singleElement().asString().startsWith("editor|Demo Editor|");
    }

    @Test
    void createsAReviewerWithATemporaryPasswordShownOnce() {
        signInAs("admin");
        UI.getCurrent().navigate("admin");
        String username = "created-" + UUID.randomUUID().toString().substring(0, 8);

        fillNewUser(username, username + "@example.org", PasswordHandover.TEMPORARY_PASSWORD);

        assertThat(_get(TextField.class, spec -> spec.withId("issued-secret")).getValue())
                .matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        _click(_get(Button.class, spec -> spec.withId("issued-done")));
        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), username);
        assertThat(rows()).singleElement().asString()
                .isEqualTo(username + "|New Person|" + username + "@example.org|Reviewer|Active, temporary password|never");
    }

    @Test
    void invitesWithALinkAndOpensTheNewAccountsPage() {
        signInAs("admin");
        UI.getCurrent().navigate("admin");
        String username = "invitee-" + UUID.randomUUID().toString().substring(0, 8);

        fillNewUser(username, "", PasswordHandover.ONE_TIME_LINK);

        assertThat(_get(TextField.class, spec -> spec.withId("issued-secret")).getValue()).contains("/password/");
        _click(_get(Button.class, spec -> spec.withId("issued-done")));
        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), username);
        _clickItem(_get(Grid.class, spec -> spec.withId("users-grid")), 0);
        assertThat(_get(TextField.class, spec -> spec.withId("user-username")).getValue()).isEqualTo(username);
    }

    @Test
    void anAddressThatIsTakenIsRefusedWithTheReason() {
        signInAs("admin");
        UI.getCurrent().navigate("admin");

        fillNewUser("someone-" + UUID.randomUUID().toString().substring(0, 8), "Viewer@ClaimDesk.invalid",
                PasswordHandover.ONE_TIME_LINK);

        expectNotifications("The e-mail address Viewer@ClaimDesk.invalid belongs to another account.");
        assertThat(_find(TextField.class, spec -> spec.withId("issued-secret"))).isEmpty();
    }

    @Test
    void anEditorCannotOpenIt() {
        signInAs("editor");
        UI.getCurrent().navigate("admin");

        assertThat(_find(Main.class, spec -> spec.withId("admin-view"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void fillNewUser(String username, String email, PasswordHandover handover) {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-display-name")), "New Person");
        _setValue(_get(EmailField.class, spec -> spec.withId("new-user-email")), email);
        _setValue(_get(Select.class, spec -> spec.withId("new-user-role")), Role.REVIEWER);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("new-user-handover")), handover);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
    }

    private static List<String> rows() {
        Grid<?> users = _get(Grid.class, spec -> spec.withId("users-grid"));
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < _size(users); row++) {
            rows.add(String.join("|", _getFormattedRow(users, row)));
        }
        return rows;
    }
}
