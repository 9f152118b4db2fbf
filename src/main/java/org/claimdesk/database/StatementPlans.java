package org.claimdesk.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the read side's statements are planned. pgjdbc prepares a statement on the server from its fifth run, and
 * PostgreSQL may then keep one generic plan, made without the values, if it looks no dearer than the plans made
 * with them. For statements whose best plan depends on the values (a word in three claims or in thirty thousand,
 * a {@code limit} of 50 or of 2,000) the generic plan can be a hundred times slower: similar claims with bound
 * limits walked the claims by date, 320 ms against 2 ms planned for the values (bench/search.md). Planning costs
 * a millisecond or two, which such statements repay.
 */
public final class StatementPlans {

    private StatementPlans() {
    }

    /** Plans every later statement of the current transaction for its values. */
    public static void forTheValues(JdbcClient jdbc) {
        requireTransaction();
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleRow();
    }

    /**
     * As {@link #forTheValues}, and without parallel workers: a page of 50 rows does not pay for them, and on a
     * busy machine a page waited about 90 ms for its worker process to start, four times what it took alone.
     */
    public static void forTheValuesWithoutWorkers(JdbcClient jdbc) {
        requireTransaction();
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)").query().singleRow();
    }

    /** Outside a transaction the settings would end with their own statement, silently. */
    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("statement plans are set per transaction; none is active");
        }
    }
}
