package org.claimdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Threads, replies and every rule of posting, editing and deleting, on the real database. */
@ClaimDeskIntegrationTest
class CommentServiceTest {

    @Autowired
    CommentService comments;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AuditTrail audit;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    private UUID claimId;

    @BeforeEach
    void createClaim() {
        // the database keeps microseconds; a clock on whole milliseconds compares equal after a round trip
        clock.set(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        signInAs("reviewer");
        claimId = DiscussedClaims.create(articles, claims);
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        TestSignIn.signOut(context);
    }

    @Test
    void aThreadListsTopLevelCommentsOldestFirstEachWithItsReplies() {
        UUID first = comments.post(claimId, null, "First");
        clock.advance(Duration.ofMinutes(1));
        UUID second = comments.post(claimId, null, "Second");
        clock.advance(Duration.ofMinutes(1));
        UUID replyToFirst = comments.post(claimId, first, "Reply to first");
        clock.advance(Duration.ofMinutes(1));
        signInAs("editor");
        comments.post(claimId, replyToFirst, "Reply to the reply");
        comments.post(claimId, second, "Reply to second");

        List<CommentWithReplies> thread = comments.thread(claimId);

        assertThat(thread).extracting(entry -> entry.comment().body()).containsExactly("First", "Second");
        assertThat(thread.get(0).replies()).extracting(Comment::body)
                .containsExactly("Reply to first", "Reply to the reply");
        assertThat(thread.get(0).replies()).extracting(Comment::authorName)
                .containsExactly("Demo Reviewer", "Demo Editor");
        assertThat(thread.get(1).replies()).extracting(Comment::body).containsExactly("Reply to second");
    }

    @Test
    void bodiesAreStoredAsTypedTextTrimmed() {
        comments.post(claimId, null, "  <script>alert(1)</script>\r\n<b>bold</b>  \n");

        assertThat(comments.thread(claimId).getFirst().comment().body())
                .isEqualTo("<script>alert(1)</script>\n<b>bold</b>");
    }

    @Test
    void anEmptyOrTooLongBodyIsRefusedWithTheLimitAndItsLength() {
        assertRefused(() -> comments.post(claimId, null, " \n\t "), "comment.body.empty");
        assertThatThrownBy(() -> comments.post(claimId, null, "x".repeat(10_001)))
                .isInstanceOfSatisfying(CommentRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("comment.body.too-long");
                    assertThat(violation.arguments()).containsExactly(10_000, 10_001);
                });

        comments.post(claimId, null, "x".repeat(10_000));
        assertThat(comments.thread(claimId)).hasSize(1);
    }

    @Test
    void commentsNeedAKnownClaimAndRepliesAKnownCommentOfTheSameClaim() {
        UUID otherClaim = DiscussedClaims.create(articles, claims);
        UUID elsewhere = comments.post(otherClaim, null, "On another claim");

        assertRefused(() -> comments.post(UUID.randomUUID(), null, "Hello"), "comment.claim.unknown");
        assertRefused(() -> comments.post(claimId, UUID.randomUUID(), "Hello"), "comment.parent.unknown");
        assertRefused(() -> comments.post(claimId, elsewhere, "Hello"), "comment.parent.unknown");
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesAndNotAfter() {
        UUID id = comments.post(claimId, null, "Draft wording");

        clock.advance(Duration.ofMinutes(15));
        comments.edit(id, "Better wording", version(id));
        Comment edited = comment(id);
        assertThat(edited.body()).isEqualTo("Better wording");
        assertThat(edited.editedAt()).isEqualTo(clock.instant());
        assertThat(edited.editable()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(comment(id).editable()).isFalse();
        assertThatThrownBy(() -> comments.edit(id, "Too late", version(id)))
                .isInstanceOfSatisfying(CommentRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("comment.edit.window-closed");
                    assertThat(violation.arguments()).containsExactly(15L);
                });
    }

    @Test
    void anEditBasedOnAnOutdatedVersionIsRefused() {
        UUID id = comments.post(claimId, null, "First version");
        long seen = version(id);
        comments.edit(id, "Second version", seen);

        assertRefused(() -> comments.edit(id, "Overwrites the second", seen), "comment.changed-meanwhile");
        assertThat(comment(id).body()).isEqualTo("Second version");
    }

    @Test
    void onlyTheAuthorEditsAndOnlyTheAuthorOrAnEditorDeletes() {
        signInAs("editor");
        UUID editors = comments.post(claimId, null, "The editor's comment");
        signInAs("reviewer");
        UUID reviewers = comments.post(claimId, null, "The reviewer's comment");

        assertRefused(() -> comments.edit(editors, "Hijacked", version(editors)), "comment.edit.not-author");
        assertRefused(() -> comments.delete(editors), "comment.delete.not-allowed");
        assertThat(comment(editors).editable()).isFalse();
        assertThat(comment(editors).deletable()).isFalse();

        signInAs("editor");
        assertThat(comment(reviewers).deletable()).isTrue();
        assertRefused(() -> comments.edit(reviewers, "Moderated wording", version(reviewers)),
                "comment.edit.not-author");
        comments.delete(reviewers);
        assertThat(comment(reviewers).deletion()).isNotNull()
                .satisfies(deletion -> assertThat(deletion.byName()).isEqualTo("Demo Editor"));
    }

    @Test
    void aDeletedCommentBecomesAMarkerThatKeepsItsReplies() {
        UUID topLevel = comments.post(claimId, null, "Something regrettable");
        signInAs("editor");
        comments.post(claimId, topLevel, "A reply that stays");
        signInAs("reviewer");
        clock.advance(Duration.ofMinutes(2));

        comments.delete(topLevel);

        CommentWithReplies entry = comments.thread(claimId).getFirst();
        assertThat(entry.comment().body()).isNull();
        assertThat(entry.comment().deletion()).isEqualTo(new Comment.Deletion("Demo Reviewer", clock.instant()));
        assertThat(entry.comment().mentionedUsernames()).isEmpty();
        assertThat(entry.replies()).extracting(Comment::body).containsExactly("A reply that stays");
        assertRefused(() -> comments.edit(topLevel, "Undo", version(topLevel)), "comment.edit.deleted");
        assertRefused(() -> comments.delete(topLevel), "comment.delete.already-deleted");
        assertRefused(() -> comments.post(claimId, topLevel, "Reply to nothing"), "comment.parent.deleted");
        assertRefused(() -> comments.edit(UUID.randomUUID(), "Who?", 0), "comment.unknown");
    }

    @Test
    void aViewerReadsTheThreadButCannotTakePart() {
        UUID id = comments.post(claimId, null, "Visible to all");
        signInAs("viewer");

        assertThat(comments.thread(claimId)).singleElement().satisfies(entry -> {
            assertThat(entry.comment().editable()).isFalse();
            assertThat(entry.comment().deletable()).isFalse();
        });
        assertThatThrownBy(() -> comments.post(claimId, null, "Me too")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.post(claimId, id, "Me too")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.edit(id, "Changed", 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.delete(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyChangeIsAudited() {
        UUID id = comments.post(claimId, null, "Audited text");
        comments.edit(id, "Audited text, edited", version(id));
        comments.delete(id);

        List<AuditEntry> history = audit.history("comment", id.toString());
        assertThat(history).extracting(AuditEntry::action).containsExactly("created", "edited", "deleted");
        assertThat(history).extracting(AuditEntry::actor).containsOnly("reviewer");
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(0).after()).contains("Audited text", claimId.toString());
        assertThat(history.get(1).before()).contains("\"Audited text\"");
        assertThat(history.get(1).after()).contains("Audited text, edited");
        assertThat(history.get(2).after()).contains("deletedAt");
    }

    private Comment comment(UUID id) {
        return comments.thread(claimId).stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.comment()), entry.replies().stream()))
                .filter(comment -> comment.commentId().equals(id)).findFirst().orElseThrow();
    }

    private long version(UUID id) {
        return comment(id).version();
    }

    private void signInAs(String demoAccount) {
        TestSignIn.signIn(context, demoAccount, demoAccount + "-demo");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CommentRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
