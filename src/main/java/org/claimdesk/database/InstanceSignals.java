package org.claimdesk.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signals between the instances of ClaimDesk that share one database, through PostgreSQL LISTEN/NOTIFY, so
 * that a change made on one instance reaches the screens and sessions held by the others (several instances
 * run behind a load balancer with sticky sessions). No new infrastructure: the database already is shared.
 *
 * <p>A signal sent inside a transaction is delivered when it commits, and never if it rolls back, since
 * PostgreSQL's NOTIFY is transactional. An instance never receives its own signals: it has acted on them
 * already, in process.
 */
@Component
public class InstanceSignals implements SmartLifecycle {

    static final String CHANNEL = "claimdesk_signals";
    /** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
    private static final int MAX_MESSAGE_BYTES = 7_999;
    private static final long POLL_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 30_000;
    private static final Logger log = LoggerFactory.getLogger(InstanceSignals.class);

    private final String instanceId = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> receivers = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile boolean running;
    private volatile boolean listening;
    private @Nullable Thread listener;

    InstanceSignals(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Tells the other instances that {@code kind} happened, with {@code payload}: when the current transaction
     * commits (the signals of one transaction go out in one statement, duplicates once), at once outside one.
     */
    public void send(String kind, String payload) {
        String message = message(kind, payload);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // PostgreSQL allows no NOTIFY there, and a read-only transaction changes nothing worth telling
            log.warn("A {} signal sent from a read-only transaction is not passed on", kind);
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notify(List.of(message));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> messages = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, messages);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    InstanceSignals.this.notify(new ArrayList<>(messages));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(InstanceSignals.this);
                }
            });
            pending = messages;
        }
        pending.add(message);
    }

    /** Calls {@code receiver} with the payload of each {@code kind} signal another instance sends, on a background thread. */
    public void receive(String kind, Consumer<String> receiver) {
        receivers.computeIfAbsent(kind, key -> new CopyOnWriteArrayList<>()).add(receiver);
    }

    /** Whether this instance is listening right now (false while it reconnects after losing the database). */
    public boolean listening() {
        return listening;
    }

    private String message(String kind, String payload) {
        if (kind.isEmpty() || kind.contains("\n")) {
            throw new IllegalArgumentException("A signal's kind is one non-empty line: " + kind);
        }
        String message = instanceId + "\n" + kind + "\n" + payload;
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("A signal carries less than 8,000 bytes: " + kind);
        }
        return message;
    }

    private void notify(List<String> messages) {
        jdbc.sql("select count(pg_notify(:channel, message)) from unnest(cast(:messages as text[])) as message")
                .param("channel", CHANNEL)
                .param("messages", messages.toArray(String[]::new))
                .query(Long.class).single();
    }

    private void listen() {
        long backoff = 1_000;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                backoff = 1_000;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Not listening to other instances' signals ({}); trying again in {} s",
                            e.getMessage(), backoff / 1_000);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                }
            }
        }
        listening = false;
    }

    private void dispatch(String message) {
        String[] parts = message.split("\n", 3);
        if (parts.length < 3 || parts[0].equals(instanceId)) {
            return;
        }
        for (Consumer<String> receiver : receivers.getOrDefault(parts[1], List.of())) {
            try {
                receiver.accept(parts[2]);
            } catch (RuntimeException e) {
                log.warn("A receiver of {} signals failed", parts[1], e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("instance-signals").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread == null) {
            return;
        }
        try {
            thread.join(POLL_MILLIS * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
