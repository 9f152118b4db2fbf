package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit viewer's text search is index-friendly: its expression is the trigram index's expression, so
 * PostgreSQL can answer it from the index (here forced, as a small table would be read whole anyway).
 */
@ClaimDeskIntegrationTest
class AuditSearchIndexTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSearchUsesTheTrigramIndex() {
        List<String> plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id from audit_entry where " + AuditReader.SEARCHED
                    + " ilike '%lavrov%'").query(String.class).list();
        });

        assertThat(String.join("\n", plan)).contains("audit_entry_search_idx");
    }

    @Test
    void filtersByPersonUseAnIndex() {
        List<String> plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id from audit_entry where actor = 'admin' order by occurred_at desc limit 50")
                    .query(String.class).list();
        });

        assertThat(String.join("\n", plan)).contains("audit_entry_actor_idx");
    }
}
