package org.claimdesk.security;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Ended sessions over real HTTP: people sign in through the sign-in form of the running server, Spring
 * Security's real {@link SessionRegistry} keeps their sessions, and an admin's change ends them at once.
 */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountSessionsTest {

    private static final String PASSWORD = "a sessions password";

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministrationService administration;
    @Autowired
    PasswordLinkService links;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    SessionRegistry registry;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private ManagedAccount account;

    @BeforeEach
    void createAccount() {
        TestSignIn.signIn(context, "admin", "admin-demo");
        String username = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = administration.create(new NewUser(username, "Session Person", null, Role.REVIEWER),
                PasswordHandover.ONE_TIME_LINK);
        links.choosePassword(issued.secret().substring(issued.secret().lastIndexOf('/') + 1), PASSWORD);
        account = administration.find(issued.account().publicId()).orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void deactivatingEndsEverySessionAtOnceAndRefusesTokensUntilReactivated() throws Exception {
        Browser laptop = new Browser();
        Browser phone = new Browser();
        assertThat(laptop.signIn(account.username(), PASSWORD)).doesNotContain("error");
        assertThat(phone.signIn(account.username(), PASSWORD)).doesNotContain("error");
        assertThat(laptop.get("/profile").statusCode()).isEqualTo(200);
        assertThat(liveSessions()).isEqualTo(2);
        TestSignIn.signIn(context, account.username(), PASSWORD);
        String token = tokens.create("sessions test", null).secret();
        assertThat(api(token)).isEqualTo(200);

        TestSignIn.signIn(context, "admin", "admin-demo");
        ManagedAccount deactivated = administration.deactivate(account.publicId(), account.version());

        assertThat(liveSessions()).isZero();
        HttpResponse<String> page = laptop.get("/profile");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");
        // a click in an open Vaadin tab: Vaadin learns the session is gone and reloads into the sign-in page
        assertThat(phone.vaadinRequest().body()).contains("\"sessionExpired\":true");
        assertThat(laptop.signIn(account.username(), PASSWORD)).endsWith("/login?error");
        assertThat(api(token)).isEqualTo(401);

        administration.reactivate(account.publicId(), deactivated.version());

        assertThat(api(token)).isEqualTo(200);
        assertThat(laptop.signIn(account.username(), PASSWORD)).doesNotContain("error");
        assertThat(laptop.get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsTheSessionsSoTheNewRoleAppliesAtOnce() throws Exception {
        Browser browser = new Browser();
        browser.signIn(account.username(), PASSWORD);
        assertThat(browser.get("/claims").statusCode()).isEqualTo(200);

        administration.changeRole(account.publicId(), account.version(), Role.VIEWER);

        assertThat(liveSessions()).isZero();
        assertThat(browser.get("/claims").statusCode()).isEqualTo(302);
    }

    @Test
    void aTemporaryPasswordEndsTheSessionsButALinkDoesNot() throws Exception {
        Browser browser = new Browser();
        browser.signIn(account.username(), PASSWORD);

        IssuedPassword link = administration.resetPassword(account.publicId(), account.version(),
                PasswordHandover.ONE_TIME_LINK);
        assertThat(liveSessions()).isEqualTo(1);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

        administration.resetPassword(account.publicId(), link.account().version(), PasswordHandover.TEMPORARY_PASSWORD);
        assertThat(liveSessions()).isZero();
        assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordLinkOpensWithoutSigningIn() throws Exception {
        IssuedPassword link = administration.resetPassword(account.publicId(), account.version(),
                PasswordHandover.ONE_TIME_LINK);

        HttpResponse<String> page = new Browser().get(link.secret().substring(link.secret().indexOf("/password/")));

        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void sessionsEndedOnAnotherInstanceEndHereToo() throws Exception {
        Browser browser = new Browser();
        browser.signIn(account.username(), PASSWORD);
        assertThat(liveSessions()).isEqualTo(1);
        long accountId = jdbc.sql("select id from user_account where username = :username")
                .param("username", account.username()).query(Long.class).single();

        // what another instance of the app signals when an admin there deactivates this account
        jdbc.sql("select count(*) from (select pg_notify('claimdesk_signals', :message)) sent")
                .param("message", "another-instance\nsessions-ended\n" + accountId).query(Long.class).single();

        await().atMost(10, SECONDS).until(() -> liveSessions() == 0);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
    }

    private int liveSessions() {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser user && user.username().equals(account.username()))
                .mapToInt(principal -> registry.getAllSessions(principal, false).size())
                .sum();
    }

    private int api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/ratings"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** One browser: its own cookies, so its own session. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        /** Posts the sign-in form and answers where it redirects to. */
        String signIn(String username, String password) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** What the Vaadin client sends when someone clicks in an open tab. */
        HttpResponse<String> vaadinRequest() throws Exception {
            return http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"none\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        private String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
