package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The viewer's search text is written after commit by the indexer, and the search is complete all the same:
 * an entry is found from the moment it is committed, whether the indexer has reached it or not, the indexer
 * never passes an entry that is still being written, and indexing twice changes nothing.
 */
@ClaimDeskIntegrationTest
class AuditSearchIndexerTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditReader reader;
    @Autowired
    AuditSearchIndexer indexer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anEntryIsFoundAsSoonAsItIsWrittenAndStillAfterIndexing() {
        String word = "quokka" + UUID.randomUUID().toString().substring(0, 8);

        // inside the writing transaction the indexer cannot see it yet: only the scan of the tail finds it
        List<String> whileWriting = transaction.execute(status -> {
            write("e-" + word, Map.of("statement", "The " + word + " count doubled"));
            return found(word);
        });
        assertThat(whileWriting).containsExactly("e-" + word);
        assertThat(found(word.toUpperCase())).containsExactly("e-" + word);

        indexer.catchUp();

        long id = idOf("e-" + word);
        assertThat(indexedThrough()).isGreaterThanOrEqualTo(id);
        assertThat(jdbc.sql("select searched from audit_search where entry_id = :id").param("id", id)
                .query(String.class).single()).contains("the " + word + " count doubled");
        assertThat(found(word)).containsExactly("e-" + word);
        assertThat(found("e-" + word)).as("the entity id, exactly").containsExactly("e-" + word);
    }

    @Test
    void theWatermarkWaitsForAnEntryThatIsStillBeingWritten() throws Exception {
        String slow = "slow" + UUID.randomUUID().toString().substring(0, 8);
        String fast = "fast" + UUID.randomUUID().toString().substring(0, 8);
        indexer.catchUp();
        AtomicLong slowId = new AtomicLong();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // the slow save takes its id first and commits last
        CompletableFuture<Void> slowSave = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            write(slow, Map.of("note", slow));
            slowId.set(idOf(slow));
            written.countDown();
            await(commit);
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        transaction.executeWithoutResult(status -> write(fast, Map.of("note", fast)));
        assertThat(idOf(fast)).isGreaterThan(slowId.get());

        indexer.catchUp();
        indexer.catchUp();

        assertThat(indexedThrough()).as("the watermark stops below the entry in flight").isLessThan(slowId.get());
        assertThat(found(fast)).as("found at once, on the tail").containsExactly(fast);
        commit.countDown();
        slowSave.get(10, TimeUnit.SECONDS);
        assertThat(found(slow)).as("found as soon as it is committed").containsExactly(slow);

        indexer.catchUp();

        assertThat(indexedThrough()).isGreaterThanOrEqualTo(idOf(fast));
        assertThat(indexed(slowId.get())).isTrue();
        assertThat(indexed(idOf(fast))).isTrue();
        assertThat(found(slow)).containsExactly(slow);
    }

    @Test
    void indexingTwiceOrInParallelAddsEveryEntryOnce() throws Exception {
        String type = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < AuditSearchIndexer.BATCH + 500; i++) {
                audit.recordAs("bench", type, type + "-" + i, "created", null, Map.of("n", i, "word", "wombat"));
            }
        });

        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(indexer::catchUp);
        indexer.catchUp();
        other.get(60, TimeUnit.SECONDS);
        long indexed = countIndexed(type);
        // from the start again, as after a lost progress row: nothing is added twice
        jdbc.sql("update audit_search_progress set indexed_through = 0").update();
        int again = indexer.catchUp();
        int direct = jdbc.sql("""
                        insert into audit_search (entry_id, occurred_at, searched)
                        select id, occurred_at, 'again' from audit_entry where entity_type = :type on conflict do nothing""")
                .param("type", type).update();

        assertThat(indexed).isEqualTo(AuditSearchIndexer.BATCH + 500);
        assertThat(again).isZero();
        assertThat(direct).isZero();
        assertThat(countIndexed(type)).isEqualTo(indexed);
        assertThat(reader.page(new AuditQuery(null, type, null, null, null, "wombat", ZoneOffset.UTC), 0, 5000))
                .hasSize(AuditSearchIndexer.BATCH + 500).extracting(AuditEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void hostileSearchTextIsOnlyEverText() {
        String type = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            audit.recordAs("bench", type, "h1", "updated", Map.of("rate", "100%"), Map.of("path", "C:\\temp\\x_y"));
            audit.recordAs("bench", type, "h2", "updated", null, Map.of("quote", "O'Brien said \"no\"; drop it"));
            audit.recordAs("bench", type, "h3", "updated", null, Map.of("name", "Лавров встретил Ким Чен Ына"));
            audit.recordAs("bench", type, "h4", "updated", null, Map.of("plain", "1000 xzy"));
        });
        indexer.catchUp();

        assertThat(search(type, "100%")).containsExactly("h1");
        assertThat(search(type, "x_y")).containsExactly("h1");
        assertThat(search(type, "\\temp")).containsExactly("h1");
        assertThat(search(type, "%%%")).isEmpty();
        assertThat(search(type, "___")).isEmpty();
        assertThat(search(type, "O'Brien")).containsExactly("h2");
        assertThat(search(type, "\\\"no\\\"")).containsExactly("h2");
        assertThat(search(type, "'; drop table audit_entry; --")).isEmpty();
        assertThat(search(type, "') or 1=1 --")).isEmpty();
        assertThat(search(type, "Лавров")).containsExactly("h3");
        assertThat(search(type, "a\u0000b")).isEmpty();
        assertThat(search(type, "\u0007bell\u001b[0m")).isEmpty();
        assertThat(search(type, "xzy\uD83D")).as("half a surrogate pair is dropped").containsExactly("h4");
        assertThat(search(type, "é".repeat(AuditQuery.MAX_TEXT_LENGTH))).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = :type").param("type", type)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theSearchTextCannotBeRemovedOrRewritten() {
        transaction.executeWithoutResult(status -> write("kept-" + UUID.randomUUID(), Map.of("a", 1)));
        indexer.catchUp();

        assertThatThrownBy(() -> jdbc.sql("update audit_search set searched = 'hidden'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_search").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_search").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    private void write(String entityId, Map<String, Object> after) {
        audit.recordAs("indexer-test", "indexer-test", entityId, "created", null, after);
    }

    private List<String> found(String text) {
        return reader.page(new AuditQuery(null, "indexer-test", null, null, null, text, ZoneOffset.UTC), 0, 50)
                .stream().map(AuditEntry::entityId).toList();
    }

    private List<String> search(String type, String text) {
        return reader.page(new AuditQuery(null, type, null, null, null, text, ZoneOffset.UTC), 0, 50).stream()
                .map(AuditEntry::entityId).toList();
    }

    private long idOf(String entityId) {
        return jdbc.sql("select id from audit_entry where entity_id = :id").param("id", entityId).query(Long.class)
                .single();
    }

    private long indexedThrough() {
        return jdbc.sql("select indexed_through from audit_search_progress").query(Long.class).single();
    }

    private boolean indexed(long id) {
        return jdbc.sql("select exists (select 1 from audit_search where entry_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    private long countIndexed(String type) {
        return jdbc.sql("""
                        select count(*) from audit_search s join audit_entry e on e.id = s.entry_id
                         where e.entity_type = :type""").param("type", type).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the slow save commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
