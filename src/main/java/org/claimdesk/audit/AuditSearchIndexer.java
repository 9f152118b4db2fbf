package org.claimdesk.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the search text of new audit entries into {@code audit_search} after they are committed, in batches,
 * so that a save never pays for the viewer's trigram index (ADR 0012). Runs every few seconds on every instance;
 * the progress row is locked while one indexes, and the others skip their turn. Adding an entry twice does
 * nothing ({@code on conflict do nothing}), so a run that fails or overlaps another loses nothing.
 *
 * <p>Identity ids are handed out in one order and committed in another: entry 100 may commit after entry 101.
 * So the watermark {@code indexed_through} only passes ids that are <em>settled</em>: the indexer notes the
 * highest id it sees together with {@code pg_snapshot_xmax}, and once the oldest running transaction is no
 * older than that, every transaction that could still commit an id up to it has ended. Entries above the
 * watermark are searched by {@link AuditReader} with a plain scan, so a search never misses an entry.
 */
@Configuration
@EnableScheduling
class AuditSearchIndexer {

    /** Entries per transaction: a few hundred kilobytes of text, well under a second even after a bulk import. */
    static final int BATCH = 2_000;
    /** Transactions per run at most, so that a steady stream of new entries cannot keep one run going. */
    private static final int MAX_STEPS = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AuditSearchIndexer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${claimdesk.audit.search-index-delay:PT2S}",
            fixedDelayString = "${claimdesk.audit.search-index-delay:PT2S}")
    void scheduled() {
        indexSettled(true);
    }

    /** Indexes every settled entry, waiting for another instance's run if need be; returns how many it added. */
    int catchUp() {
        return indexSettled(false);
    }

    private int indexSettled(boolean skipIfBusy) {
        int added = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            Step done = transaction.execute(status -> step(skipIfBusy));
            added += done.added();
            if (!done.progressed()) {
                break;
            }
        }
        return added;
    }

    private record Step(boolean progressed, int added) {
    }

    private record Progress(long indexedThrough, long settlingThrough, boolean settled) {
    }

    private record Batch(long found, long last, long added) {
    }

    private Step step(boolean skipIfBusy) {
        Progress progress = jdbc.sql("""
                        select indexed_through, settling_through,
                               pg_snapshot_xmin(pg_current_snapshot()) >= settling_after as settled
                          from audit_search_progress for update""" + (skipIfBusy ? " skip locked" : ""))
                .query(Progress.class).optional().orElse(null);
        if (progress == null || !progress.settled()) {
            return new Step(false, 0);
        }
        if (progress.indexedThrough() < progress.settlingThrough()) {
            Batch batch = jdbc.sql("""
                            with batch as (
                                select e.id, e.occurred_at, lower(%s) as searched from audit_entry e
                                 where e.id > :from and e.id <= :to
                                   and not exists (select 1 from audit_search s where s.entry_id = e.id)
                                 order by e.id limit :batch)
                            , added as (
                                insert into audit_search (entry_id, occurred_at, searched)
                                select id, occurred_at, searched from batch
                                on conflict do nothing
                                returning entry_id)
                            select (select count(*) from batch) as found, coalesce((select max(id) from batch), 0) as last,
                                   (select count(*) from added) as added""".formatted(AuditReader.SEARCHED))
                    .param("from", progress.indexedThrough()).param("to", progress.settlingThrough())
                    .param("batch", BATCH).query(Batch.class).single();
            long through = batch.found() < BATCH ? progress.settlingThrough() : batch.last();
            jdbc.sql("update audit_search_progress set indexed_through = :through").param("through", through).update();
            return new Step(true, (int) batch.added());
        }
        // everything settled is indexed: note what to settle next, if anything new has come
        int noted = jdbc.sql("""
                        update audit_search_progress
                           set settling_through = latest.id, settling_after = pg_snapshot_xmax(pg_current_snapshot())
                          from (select coalesce(max(id), 0) as id from audit_entry) latest
                         where latest.id > settling_through""")
                .update();
        return new Step(noted > 0, 0);
    }
}
