package org.claimdesk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.claimdesk.security.AccountAdministrationService;
import org.claimdesk.security.ManagedAccount;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.PasswordHandover;
import org.claimdesk.security.Role;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** One account's page: role, deactivation, password resets, refusals with their reasons, no lost update. */
class UserViewTest extends KaribuTest {

    @Autowired
    AccountAdministrationService administration;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private ManagedAccount account;

    @BeforeEach
    void openAnAccount() {
        signInAs("admin");
        account = administration.create(new NewUser("page-" + UUID.randomUUID().toString().substring(0, 8),
                "Paige Person", null, Role.REVIEWER), PasswordHandover.ONE_TIME_LINK).account();
        open(account);
    }

    @Test
    void changesTheRoleAfterSayingWhatHappens() {
        _setValue(select(), Role.EDITOR);
        _click(button("user-change-role"));
        _click(button("confirm-step-confirm"));

        assertThat(field("user-role").getValue()).isEqualTo("Editor");
        assertThat(administration.find(account.publicId()).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void deactivatesAndReactivates() {
        _click(button("user-deactivate"));
        _click(button("confirm-step-confirm"));

        assertThat(field("user-status").getValue()).isEqualTo("Deactivated");
        assertThat(button("user-temporary-password").isEnabled()).isFalse();

        _click(button("user-reactivate"));

        assertThat(field("user-status").getValue()).isEqualTo("Active");
        assertThat(administration.find(account.publicId()).orElseThrow().active()).isTrue();
    }

    @Test
    void setsATemporaryPasswordAndShowsItOnce() {
        _click(button("user-temporary-password"));
        _click(button("confirm-step-confirm"));

        assertThat(field("issued-secret").getValue()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(field("user-status").getValue()).isEqualTo("Active, temporary password");
    }

    @Test
    void createsAResetLink() {
        _click(button("user-reset-link"));

        assertThat(field("issued-secret").getValue()).contains("/password/");
    }

    @Test
    void aChangeSomeoneMadeMeanwhileIsNotOverwritten() {
        administration.changeRole(account.publicId(), account.version(), Role.VIEWER);

        _click(button("user-deactivate"));
        _click(button("confirm-step-confirm"));

        expectNotifications("Someone changed the account " + account.username() + " meanwhile, so nothing was "
                + "changed. The screen now shows the account as it is: check it and try again.");
        assertThat(field("user-role").getValue()).isEqualTo("Viewer");
        assertThat(field("user-status").getValue()).isEqualTo("Active");
    }

    @Test
    void theLastActiveAdminLearnsWhyTheyCannotDeactivateThemselves() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("update user_account set active = false where role = 'ADMIN' and username <> 'admin'").update();
            ManagedAccount self = administration.page("admin@claimdesk.invalid", 0, 1).getFirst();
            open(self);

            _click(button("user-deactivate"));
            _click(button("confirm-step-confirm"));

            expectNotifications("You are the last active admin, and ClaimDesk needs one: you cannot deactivate "
                    + "yourself. Make someone else an admin first.");
            assertThat(field("user-status").getValue()).isEqualTo("Active");
        });
    }

    @Test
    void linksToTheAccountsTrail() {
        assertThat(_get(RouterLink.class, spec -> spec.withId("user-audit-account")).getHref())
                .startsWith("admin/audit?").contains("type=account").contains("q=" + account.username());
        assertThat(_get(RouterLink.class, spec -> spec.withId("user-audit-actor")).getHref())
                .isEqualTo("admin/audit?user=" + account.username());
    }

    @Test
    void anUnknownAccountIsNotFound() {
        UI.getCurrent().navigate("admin/users/" + UUID.randomUUID());
        assertThat(_find(Main.class, spec -> spec.withId("user-view"))).isEmpty();

        UI.getCurrent().navigate("admin/users/not-an-id");
        assertThat(_find(Main.class, spec -> spec.withId("user-view"))).isEmpty();
    }

    @Test
    void aReviewerCannotOpenIt() {
        signInAs("reviewer");
        open(account);

        assertThat(_find(Main.class, spec -> spec.withId("user-view"))).isEmpty();
    }

    private static void open(ManagedAccount account) {
        UI.getCurrent().navigate("admin/users/" + account.publicId());
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> select() {
        return _get(Select.class, spec -> spec.withId("user-new-role"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
