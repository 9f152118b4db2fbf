package org.claimdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When someone else changes the claim on screen, a banner offers to reload; the screen keeps its inputs. */
class LiveClaimPageTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeElsewhereShowsABannerAndReloadShowsIt() {
        fixtures.signIn("reviewer");
        UUID claimId = fixtures.draft("Live claim");
        signInAs("viewer");
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class,
                spec -> spec.withId("changed-elsewhere"))).isEmpty();

        UI mine = UI.getCurrent();
        UI.setCurrent(null); // the change comes from another browser, not from this one
        try {
            TestSignIn.signIn(context, "editor", "editor-demo");
            var current = claims.find(claimId).orElseThrow();
            claims.update(claimId, new ClaimDraft("Changed elsewhere", current.claimant(), current.claimDate(),
                    current.asOfDate(), current.tags(), current.priority()), current.version());
        } finally {
            UI.setCurrent(mine);
        }
        signInAs("viewer");
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Div.class, spec -> spec.withId("changed-elsewhere")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("reload-claim")));
        assertThat(_get(H2.class, spec -> spec.withId("claim-statement-heading")).getText())
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void aChangeSavedOnAnotherInstanceShowsTheBannerToo() {
        fixtures.signIn("reviewer");
        UUID claimId = fixtures.draft("Live claim on two instances");
        signInAs("viewer");
        UI.getCurrent().navigate("claims/" + claimId);

        // what another instance of the app behind the load balancer signals when it saves this claim
        jdbc.sql("select count(*) from (select pg_notify('claimdesk_signals', :message)) sent")
                .param("message", "another-instance\nlive\nclaim:" + claimId).query(Long.class).single();

        await().atMost(10, SECONDS).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_get(Div.class, spec -> spec.withId("changed-elsewhere")).isVisible()).isTrue();
        });
    }
}
