package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change leaves a trace written with it, and nobody, the application included, can rewrite it. */
@ClaimDeskIntegrationTest
class AuditTrailTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    private UUID articleId;
    private String text;

    @BeforeEach
    void importArticle() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        articleId = articles.importPasted(PastedArticle.of("Audit " + System.nanoTime()
                + "\n\nThe museum counted 250,000 visitors in 2025, the director said.")).articleId();
        text = articles.find(articleId).orElseThrow().text();
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void recordsWhoChangedWhatWithTheValuesBeforeAndAfter() {
        UUID claimId = createClaim("The museum had 250,000 visitors in 2025 " + System.nanoTime());
        long version = claims.find(claimId).orElseThrow().version();
        claims.update(claimId, draft("The museum had a quarter of a million visitors in 2025"), version);

        List<AuditEntry> history = audit.history("claim", claimId.toString());

        assertThat(history).extracting(AuditEntry::action).containsExactly("created", "appearance-added", "updated");
        assertThat(history).extracting(AuditEntry::actor).containsOnly("reviewer");
        AuditEntry updated = history.getLast();
        assertThat(updated.before()).contains("250,000 visitors");
        assertThat(updated.after()).contains("a quarter of a million visitors");
        assertThat(audit.history("article", articleId.toString())).extracting(AuditEntry::action)
                .containsExactly("imported");
    }

    @Test
    void theTrailCannotBeChangedOrDeletedEvenByTheApplicationsOwnDatabaseUser() {
        createClaim("A claim to leave a trace " + System.nanoTime());

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set action = 'forged'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'forged'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aChangeThatFailsLeavesNoTrace() {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            createClaim("Rolled back " + System.nanoTime());
            throw new IllegalStateException("the user action failed after the claim was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void auditEntriesAreOnlyWrittenInsideTheChangesTransaction() {
        assertThatThrownBy(() -> audit.record("claim", "x", "forged", null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThatThrownBy(() -> audit.pending("claim", "x", "forged", null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void aSaveThatSomeoneElseBeatLeavesNoEntry() {
        UUID claimId = createClaim("The museum had 250,000 visitors in 2025 " + System.nanoTime());
        long version = claims.find(claimId).orElseThrow().version();
        claims.update(claimId, draft("First save wins"), version);

        assertThatThrownBy(() -> claims.update(claimId, draft("Second save, on the old version"), version))
                .isInstanceOf(org.claimdesk.claim.ClaimRuleViolation.class);

        assertThat(audit.history("claim", claimId.toString())).extracting(AuditEntry::action)
                .containsExactly("created", "appearance-added", "updated");
        assertThat(audit.history("claim", claimId.toString()).getLast().after()).contains("First save wins");
    }

    private UUID createClaim(String statement) {
        int start = text.indexOf("250,000 visitors");
        return claims.createAt(articleId, start, start + "250,000 visitors".length(), draft(statement));
    }

    private static ClaimDraft draft(String statement) {
        return new ClaimDraft(statement, "Museum", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), List.of(),
                Priority.NORMAL);
    }
}
