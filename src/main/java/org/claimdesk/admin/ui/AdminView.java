package org.claimdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.AccountAdministrationService;
import org.claimdesk.security.ManagedAccount;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;
import org.jspecify.annotations.Nullable;

/** Administration: the people who can sign in (paged from the database), adding people, and the settings. */
@Route("admin")
@Menu(order = 40, title = "nav.admin", icon = "vaadin:cog")
@RolesAllowed(Roles.ADMIN)
class AdminView extends Main implements HasDynamicTitle {

    private final AccountAdministrationService accounts;
    private final Clock clock;
    private final Grid<ManagedAccount> users = new Grid<>();
    private final TextField search = new TextField();

    AdminView(AccountAdministrationService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassName("cd-view");
        setId("admin-view");
        Button newUser = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(),
                click -> new NewUserDialog(accounts, created -> {
                    users.getDataProvider().refreshAll();
                    new IssuedPasswordDialog(created).open();
                }).open());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.setId("new-user");
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setId("users-search");
        search.addValueChangeListener(change -> users.getDataProvider().refreshAll());
        Div toolbar = new Div(newUser, search);
        toolbar.addClassName("cd-toolbar");
        RouterLink scale = new RouterLink(getTranslation("admin.rating-scale"), RatingScaleView.class);
        scale.setId("rating-scale-link");
        RouterLink audit = new RouterLink(getTranslation("admin.audit"), AuditView.class);
        audit.setId("audit-link");
        Div settings = new Div(scale, audit);
        settings.addClassName("cd-admin-links");
        add(new ViewIntro(getTranslation("admin.intro")), new H2(getTranslation("admin.users")), toolbar, grid(),
                new H2(getTranslation("admin.settings")), settings);
    }

    private Grid<ManagedAccount> grid() {
        users.setId("users-grid");
        users.addColumn(ManagedAccount::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        users.addColumn(ManagedAccount::displayName).setHeader(getTranslation("admin.users.display-name"));
        users.addColumn(account -> account.email() == null ? "" : account.email())
                .setHeader(getTranslation("admin.users.email"));
        users.addColumn(account -> getTranslation("role." + account.role().name()))
                .setHeader(getTranslation("admin.users.role")).setAutoWidth(true);
        users.addColumn(account -> AccountStatus.of(this, account, clock)).setHeader(getTranslation("admin.users.status"))
                .setAutoWidth(true);
        users.addColumn(account -> account.lastSignInAt() == null ? getTranslation("admin.users.never")
                : TimeDisplay.dateTime(account.lastSignInAt())).setHeader(getTranslation("admin.users.last-sign-in"))
                .setAutoWidth(true);
        users.setItems(query -> accounts.page(text(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accounts.count(text())));
        users.setPageSize(50);
        users.setEmptyStateText(getTranslation("admin.users.none"));
        users.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(UserView.class,
                UserView.parameters(click.getItem().publicId()))));
        return users;
    }

    private @Nullable String text() {
        return search.getValue().isBlank() ? null : search.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
