package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimdesk.database.DatabaseMode;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@ClaimDeskIntegrationTest
class DemoAccountsTest {

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    DatabaseMode databaseMode;

    @Test
    void demoModeIsTheEmbeddedDatabase() {
        assertThat(databaseMode).isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void eachDemoAccountSignsInWithItsDocumentedPasswordAndRole() {
        Map<String, Role> demo = Map.of("admin", Role.ADMIN, "editor", Role.EDITOR,
                "reviewer", Role.REVIEWER, "viewer", Role.VIEWER);

        demo.forEach((username, role) -> {
            var result = signIn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, username + "-demo"));
            assertThat(((SignedInUser) result.getPrincipal()).role()).as(username).isEqualTo(role);
        });
    }
}
