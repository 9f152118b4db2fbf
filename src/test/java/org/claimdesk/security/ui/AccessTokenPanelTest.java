package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.claimdesk.security.AccessToken;
import org.claimdesk.security.AccessTokenService;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person creates an API token in their profile, sees its secret once, and revokes it. */
class AccessTokenPanelTest extends KaribuTest {

    @Autowired
    AccessTokenService tokens;

    @SuppressWarnings("unchecked")
    private static List<AccessToken> rows() {
        Grid<AccessToken> grid = _get(Grid.class, spec -> spec.withId("tokens-grid"));
        return _fetch(grid, 0, _size(grid));
    }

    @Test
    void aTokenIsShownOnceAndCanBeRevoked() {
        signInAs("editor");
        UI.getCurrent().navigate("profile");
        String name = "CMS bridge " + System.nanoTime();

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), name);
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        String secret = _get(TextField.class, spec -> spec.withId("token-secret")).getValue();
        assertThat(secret).startsWith("cdt_").hasSizeGreaterThan(40);
        AccessToken created = rows().stream().filter(token -> token.name().equals(name)).findFirst().orElseThrow();
        assertThat(secret).startsWith(created.hint());
        assertThat(created.toString()).doesNotContain(secret.substring(10));

        tokens.revoke(created.tokenId());
        assertThat(tokens.own()).filteredOn(token -> token.name().equals(name))
                .allSatisfy(token -> assertThat(token.revokedAt()).isNotNull());
    }

    @Test
    void aNamelessTokenIsRefused() {
        signInAs("viewer");
        UI.getCurrent().navigate("profile");
        int before = rows().size();

        _click(_get(Button.class, spec -> spec.withId("create-token")));

        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty();
        assertThat(rows()).hasSize(before);
    }
}
