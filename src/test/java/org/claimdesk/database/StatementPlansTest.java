package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The planner settings of {@link StatementPlans}, on real PostgreSQL: for the transaction, and for it alone. */
@ClaimDeskIntegrationTest
class StatementPlansTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void plansForTheValuesUntilTheTransactionEnds() {
        List<String> during = transaction.execute(status -> {
            StatementPlans.forTheValues(jdbc);
            return settings();
        });
        assertThat(during).containsExactly("force_custom_plan", defaultWorkers());

        assertThat(settingsInANewTransaction()).containsExactly("auto", defaultWorkers());
    }

    @Test
    void withoutWorkersAlsoTurnsParallelWorkersOffForTheTransaction() {
        List<String> during = transaction.execute(status -> {
            StatementPlans.forTheValuesWithoutWorkers(jdbc);
            return settings();
        });
        assertThat(during).containsExactly("force_custom_plan", "0");

        assertThat(settingsInANewTransaction()).containsExactly("auto", defaultWorkers());
    }

    @Test
    void refusesToRunOutsideATransactionWhereTheSettingWouldEndWithItsStatement() {
        assertThatThrownBy(() -> StatementPlans.forTheValues(jdbc))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("per transaction");
        assertThatThrownBy(() -> StatementPlans.forTheValuesWithoutWorkers(jdbc))
                .isInstanceOf(IllegalStateException.class);
    }

    private List<String> settingsInANewTransaction() {
        return transaction.execute(status -> settings());
    }

    private List<String> settings() {
        return jdbc.sql("select current_setting('plan_cache_mode') as mode,"
                        + " current_setting('max_parallel_workers_per_gather') as workers")
                .query((rs, row) -> List.of(rs.getString("mode"), rs.getString("workers"))).single();
    }

    private String defaultWorkers() {
        return jdbc.sql("select reset_val from pg_settings where name = 'max_parallel_workers_per_gather'")
                .query(String.class).single();
    }
}
