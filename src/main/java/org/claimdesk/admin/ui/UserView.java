package org.claimdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.AccountAdministrationService;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.ManagedAccount;
import org.claimdesk.security.PasswordHandover;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * One account for admins: its details, its role, deactivation and reactivation, password resets, and
 * links into the audit trail. Each step sends the version the screen shows; if someone changed the account
 * meanwhile the step is refused and the screen shows the current state.
 */
@Route("admin/users/:account")
@RolesAllowed(Roles.ADMIN)
class UserView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountAdministrationService accounts;
    private final Clock clock;
    private @Nullable ManagedAccount account;

    UserView(AccountAdministrationService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassName("cd-view");
        setId("user-view");
    }

    static RouteParameters parameters(UUID account) {
        return new RouteParameters("account", account.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ManagedAccount> found = event.getRouteParameters().get("account").flatMap(UserView::uuid)
                .flatMap(accounts::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(ManagedAccount shown) {
        account = shown;
        removeAll();
        RouterLink back = new RouterLink(getTranslation("admin.user.back"), AdminView.class);
        back.setId("back-to-users");
        add(back, new H2(shown.displayName()), details(shown), roleSection(shown), activationSection(shown),
                passwordSection(shown), auditLinks(shown));
    }

    private FormLayout details(ManagedAccount shown) {
        return new FormLayout(
                readOnly("admin.users.username", shown.username(), "user-username"),
                readOnly("admin.users.email", shown.email() == null ? "" : shown.email(), "user-email"),
                readOnly("admin.users.status", AccountStatus.of(this, shown, clock), "user-status"),
                readOnly("admin.users.role", getTranslation("role." + shown.role().name()), "user-role"),
                readOnly("admin.users.last-sign-in", shown.lastSignInAt() == null ? getTranslation("admin.users.never")
                        : TimeDisplay.dateTime(shown.lastSignInAt()), "user-last-sign-in"),
                readOnly("admin.users.created", TimeDisplay.dateTime(shown.createdAt()), "user-created"));
    }

    private Div roleSection(ManagedAccount shown) {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.user.new-role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> getTranslation("role." + item.name()));
        role.setValue(shown.role());
        role.setId("user-new-role");
        Button change = new Button(getTranslation("admin.user.change-role"), click -> {
            if (role.getValue() != null && role.getValue() != shown.role()) {
                confirm(getTranslation("admin.user.change-role"),
                        getTranslation("admin.user.change-role.consequence", shown.displayName(),
                                getTranslation("role." + role.getValue().name())), false,
                        () -> run(() -> accounts.changeRole(shown.publicId(), shown.version(), role.getValue())));
            }
        });
        change.setId("user-change-role");
        return section("admin.user.role", new Div(role, change));
    }

    private Div activationSection(ManagedAccount shown) {
        Button toggle;
        if (shown.active()) {
            toggle = new Button(getTranslation("admin.user.deactivate"), click -> confirm(
                    getTranslation("admin.user.deactivate"),
                    getTranslation("admin.user.deactivate.consequence", shown.displayName()), true,
                    () -> run(() -> accounts.deactivate(shown.publicId(), shown.version()))));
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toggle.setId("user-deactivate");
        } else {
            toggle = new Button(getTranslation("admin.user.reactivate"),
                    click -> run(() -> accounts.reactivate(shown.publicId(), shown.version())));
            toggle.setId("user-reactivate");
        }
        return section("admin.user.access", new Paragraph(getTranslation(shown.active()
                ? "admin.user.access.active" : "admin.user.access.inactive")), toggle);
    }

    private Div passwordSection(ManagedAccount shown) {
        Button link = new Button(getTranslation("admin.user.reset-link"),
                click -> issue(() -> accounts.resetPassword(shown.publicId(), shown.version(),
                        PasswordHandover.ONE_TIME_LINK)));
        link.setId("user-reset-link");
        Button temporary = new Button(getTranslation("admin.user.temporary-password"), click -> confirm(
                getTranslation("admin.user.temporary-password"),
                getTranslation("admin.user.temporary-password.consequence", shown.displayName()), false,
                () -> issue(() -> accounts.resetPassword(shown.publicId(), shown.version(),
                        PasswordHandover.TEMPORARY_PASSWORD))));
        temporary.setId("user-temporary-password");
        link.setEnabled(shown.active());
        temporary.setEnabled(shown.active());
        return section("admin.user.password", new Paragraph(getTranslation("admin.user.password.help")),
                new Div(link, temporary));
    }

    private Div auditLinks(ManagedAccount shown) {
        RouterLink changes = new RouterLink(getTranslation("admin.user.audit.account"), AuditView.class);
        changes.setQueryParameters(new AuditParameters(null, "account", null, null, null, shown.username()).toQuery());
        changes.setId("user-audit-account");
        RouterLink actions = new RouterLink(getTranslation("admin.user.audit.actor"), AuditView.class);
        actions.setQueryParameters(new AuditParameters(shown.username(), null, null, null, null, null).toQuery());
        actions.setId("user-audit-actor");
        Div links = new Div(changes, actions);
        links.addClassName("cd-admin-links");
        return section("admin.user.audit", links);
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("cd-admin-section");
        return section;
    }

    private void confirm(String title, String consequence, boolean danger, Runnable step) {
        new ConfirmStep(title, consequence, title, danger, step).open();
    }

    /** Runs a step that hands over a password, then shows it once. */
    private void issue(Supplier<IssuedPassword> step) {
        run(() -> {
            IssuedPassword issued = step.get();
            new IssuedPasswordDialog(issued).open();
            return issued.account();
        });
    }

    /** Runs a step and shows the account as it is afterwards, or the refusal and the account as it is now. */
    private void run(Supplier<ManagedAccount> step) {
        ManagedAccount shown = account;
        try {
            show(step.get());
            AdminToasts.success(getTranslation("admin.user.saved"));
        } catch (AccountRuleViolation refusal) {
            AdminToasts.error(this, refusal);
            if (shown != null) {
                accounts.find(shown.publicId()).ifPresent(this::show);
            }
        }
    }

    private TextField readOnly(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setId(id);
        return field;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (account == null ? "" : account.displayName() + " · ") + getTranslation("admin.title");
    }
}
