package org.claimdesk.database;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals between two instances of the app on one real PostgreSQL: the context's own {@link InstanceSignals}
 * and a second one started here, as a second instance behind the load balancer would run it.
 */
@ClaimDeskIntegrationTest
class InstanceSignalsTest {

    @Autowired
    InstanceSignals here;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    private final String kind = "test-" + UUID.randomUUID();
    private final BlockingQueue<String> heardHere = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> heardThere = new LinkedBlockingQueue<>();
    private InstanceSignals there;

    @BeforeEach
    void startAnotherInstance() {
        there = new InstanceSignals(jdbc, dataSource);
        there.start();
        await().atMost(10, SECONDS).until(() -> here.listening() && there.listening());
        here.receive(kind, heardHere::add);
        there.receive(kind, heardThere::add);
    }

    @AfterEach
    void stopIt() {
        there.stop();
    }

    @Test
    void aSignalReachesTheOtherInstanceAndNotItsSender() throws InterruptedException {
        here.send(kind, "claim:42");

        assertThat(heardThere.poll(10, SECONDS)).isEqualTo("claim:42");
        there.send(kind, "over");
        // signals arrive in the order they were committed: "claim:42" would have come first
        assertThat(heardHere.poll(10, SECONDS)).isEqualTo("over");
    }

    @Test
    void aTransactionsSignalsGoOutWhenItCommitsEachOnce() throws InterruptedException {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            here.send(kind, "claim:1");
            here.send(kind, "queue");
            here.send(kind, "claim:1");
        });
        here.send(kind, "end");

        assertThat(heardThere.poll(10, SECONDS)).isEqualTo("claim:1");
        assertThat(heardThere.poll(10, SECONDS)).isEqualTo("queue");
        assertThat(heardThere.poll(10, SECONDS)).isEqualTo("end");
    }

    @Test
    void aRolledBackTransactionSignalsNothing() throws InterruptedException {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            here.send(kind, "rolled back");
            status.setRollbackOnly();
        });
        here.send(kind, "committed");

        assertThat(heardThere.poll(10, SECONDS)).isEqualTo("committed");
    }

    @Test
    void aSignalFitsOneNotification() {
        assertThatThrownBy(() -> here.send("two\nlines", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> here.send(kind, "x".repeat(8_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8,000 bytes");
    }

    @Test
    void aSignalOfAnotherVersionOrAStrangerIsIgnored() throws InterruptedException {
        jdbc.sql("select count(*) from (select pg_notify(:channel, :message)) sent")
                .param("channel", InstanceSignals.CHANNEL).param("message", "no separators at all")
                .query(Long.class).single();
        here.send(kind, "after");

        assertThat(heardThere.poll(10, SECONDS)).isEqualTo("after");
    }
}
