package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit viewer's text search is index-friendly: the indexed part is read through the trigram index of
 * {@code audit_search}, the tail on the primary key (here forced, as a small table would be read whole anyway),
 * and writing an entry touches no trigram index.
 */
@ClaimDeskIntegrationTest
class AuditSearchIndexTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSearchUsesTheTrigramIndexAndThePrimaryKey() {
        List<String> plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> indexed = jdbc.sql("explain select entry_id from audit_search where searched like '%lavrov%'")
                    .query(String.class).list();
            List<String> all = jdbc.sql("explain " + AuditReader.MATCHING.replace(":pattern", "'%lavrov%'"))
                    .query(String.class).list();
            return List.of(String.join("\n", indexed), String.join("\n", all));
        });

        assertThat(plan.getFirst()).contains("audit_search_text_idx");
        assertThat(plan.getLast()).as("the tail, on the primary key").contains("audit_entry_pkey");
    }

    @Test
    void writingAnEntryUpdatesNoTrigramIndex() {
        List<String> indexes = jdbc.sql("select indexdef from pg_indexes where tablename = 'audit_entry'")
                .query(String.class).list();

        assertThat(indexes).isNotEmpty().noneMatch(definition -> definition.contains("gin"));
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
