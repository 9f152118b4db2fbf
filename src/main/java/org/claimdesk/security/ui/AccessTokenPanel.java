package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.AccessToken;
import org.claimdesk.security.AccessTokenService;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.IssuedAccessToken;

/**
 * The person's personal access tokens for the REST API: create one (its secret is shown once), see when
 * each was last used, revoke one.
 */
class AccessTokenPanel extends Div {

    private final AccessTokenService tokens;
    private final Clock clock;
    private final Grid<AccessToken> grid = new Grid<>();

    AccessTokenPanel(AccessTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setId("access-tokens");
        add(new Paragraph(getTranslation("token.intro")));
        TextField name = new TextField(getTranslation("token.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        DatePicker expires = new DatePicker(getTranslation("token.expires"));
        expires.setId("token-expires");
        expires.setMin(LocalDate.now(clock).plusDays(1));
        expires.setHelperText(getTranslation("token.expires.help"));
        Button create = new Button(getTranslation("token.create"), click -> {
            try {
                IssuedAccessToken issued = tokens.create(name.getValue(), expires.getValue());
                name.clear();
                expires.clear();
                showOnce(issued);
                refresh();
            } catch (AccountRuleViolation violation) {
                AccountForms.showViolation(this, violation);
            }
        });
        create.setId("create-token");
        Div form = new Div(name, expires, create);
        form.addClassName("cd-token-form");
        grid.setId("tokens-grid");
        grid.addColumn(AccessToken::name).setHeader(getTranslation("token.name"));
        grid.addColumn(token -> token.hint() + "…").setHeader(getTranslation("token.hint")).setAutoWidth(true);
        grid.addColumn(token -> TimeDisplay.dateTime(token.createdAt())).setHeader(getTranslation("token.created"));
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("token.never-used")
                : TimeDisplay.dateTime(token.lastUsedAt())).setHeader(getTranslation("token.last-used"));
        grid.addColumn(this::status).setHeader(getTranslation("token.status"));
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("token.revoke"), click -> {
                tokens.revoke(token.tokenId());
                AccountForms.showSuccess(getTranslation("token.revoked", token.name()));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke-token");
            revoke.setEnabled(token.usableAt(clock.instant()));
            return revoke;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(form, grid);
        refresh();
    }

    private String status(AccessToken token) {
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            return getTranslation("token.status.revoked");
        }
        if (!token.usableAt(now)) {
            return getTranslation("token.status.expired");
        }
        return token.expiresAt() == null ? getTranslation("token.status.active")
                : getTranslation("token.status.until", TimeDisplay.dateTime(token.expiresAt()));
    }

    private void showOnce(IssuedAccessToken issued) {
        Dialog dialog = new Dialog(getTranslation("token.created.title"));
        dialog.setId("token-created");
        TextField secret = new TextField(getTranslation("token.secret"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        dialog.add(new Paragraph(getTranslation("token.created.once")), secret);
        dialog.getFooter().add(new Button(getTranslation("token.created.done"), click -> dialog.close()));
        dialog.setWidth("36rem");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.own());
    }
}
