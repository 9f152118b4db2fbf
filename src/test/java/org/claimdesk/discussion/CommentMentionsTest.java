package org.claimdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.MentionableAccount;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** {@code @mentions} of active accounts become {@link UserMentioned} events: once per person, new ones only. */
@ClaimDeskIntegrationTest
@RecordApplicationEvents
class CommentMentionsTest {

    @Autowired
    CommentService comments;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private UUID claimId;
    private long reviewer;
    private long editor;
    private long admin;

    @BeforeEach
    void createClaim() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        claimId = DiscussedClaims.create(articles, claims);
        reviewer = accountId("reviewer");
        editor = accountId("editor");
        admin = accountId("admin");
        events.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void eachActivePersonNamedIsToldOnceAndTheRestStaysText() {
        String deactivated = deactivatedAccount();

        UUID id = comments.post(claimId, null, "@editor please check this with @EDITOR and @Admin. Not @nobody-here, "
                + "not @" + deactivated + ", not mail@editor.example and not myself, @reviewer.");

        String statement = claims.find(claimId).orElseThrow().statement();
        assertThat(mentions()).containsExactlyInAnyOrder(
                new UserMentioned(claimId, statement, id, editor, reviewer),
                new UserMentioned(claimId, statement, id, admin, reviewer));
        assertThat(comments.thread(claimId).getFirst().comment().mentionedUsernames())
                .containsExactlyInAnyOrder("editor", "admin", "reviewer");
    }

    @Test
    void anEditTellsOnlyThePeopleItNewlyNames() {
        UUID id = comments.post(claimId, null, "Over to @editor");
        events.clear();

        comments.edit(id, "Over to @editor and @admin", version(id));
        assertThat(mentions()).extracting(UserMentioned::mentionedAccountId).containsExactly(admin);

        events.clear();
        comments.edit(id, "Over to @admin only", version(id));
        assertThat(mentions()).isEmpty();
    }

    @Test
    void aReplyMentionsLikeAComment() {
        UUID topLevel = comments.post(claimId, null, "No names here");
        assertThat(mentions()).isEmpty();

        UUID reply = comments.post(claimId, topLevel, "@editor, your view?");

        assertThat(mentions()).singleElement().satisfies(event -> {
            assertThat(event.commentId()).isEqualTo(reply);
            assertThat(event.mentionedAccountId()).isEqualTo(editor);
        });
    }

    private List<UserMentioned> mentions() {
        return events.stream(UserMentioned.class).toList();
    }

    private long accountId(String username) {
        return accounts.findActive(List.of(username)).stream().map(MentionableAccount::accountId).findFirst()
                .orElseThrow();
    }

    private long version(UUID id) {
        return comments.thread(claimId).getFirst().comment().version();
    }

    /** An account that once worked here: its name must not mention anyone. */
    private String deactivatedAccount() {
        String username = "former-" + System.nanoTime();
        jdbc.sql("""
                        insert into user_account (username, display_name, password_hash, role, active, created_at)
                        values (:username, 'Former Colleague', 'not-a-hash', 'REVIEWER', false, :now)""")
                .param("username", username).param("now", OffsetDateTime.now()).update();
        return username;
    }
}
