package org.claimdesk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.claimdesk.database.InstanceSignals;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens that something they show has changed, through Vaadin server push. Topics are plain
 * strings a module chooses ({@code claim:<id>}, {@code queue}, {@code notifications:<account>}).
 * A change is announced only after its transaction commits, so no screen re-reads data that may yet be
 * rolled back. Screens held by other instances of the app hear of it through {@link InstanceSignals}
 * (PostgreSQL LISTEN/NOTIFY), also after the commit.
 */
@org.springframework.stereotype.Component // infrastructure for views, not a business service: nothing here needs a role
public class LiveUpdates {

    private static final String SIGNAL = "live";

    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final InstanceSignals signals;

    LiveUpdates(InstanceSignals signals) {
        this.signals = signals;
        signals.receive(SIGNAL, topic -> announce(topic, null));
    }

    private record Listener(UI ui, Runnable onChange) {
    }

    /**
     * Runs {@code onChange} in the owner's UI (under its session lock, pushed to the browser) whenever
     * {@code topic} changes, for as long as the owner is attached.
     */
    public Registration subscribe(Component owner, String topic, Runnable onChange) {
        Registration[] current = new Registration[1];
        Runnable register = () -> owner.getUI().ifPresent(ui -> {
            Listener listener = new Listener(ui, onChange);
            listeners.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>()).add(listener);
            current[0] = () -> listeners.computeIfPresent(topic, (key, set) -> {
                set.remove(listener);
                return set.isEmpty() ? null : set;
            });
        });
        register.run();
        Registration attach = owner.addAttachListener(event -> {
            if (current[0] == null) {
                register.run();
            }
        });
        Registration detach = owner.addDetachListener(event -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        return () -> {
            attach.remove();
            detach.remove();
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        };
    }

    /**
     * Announces that {@code topic} changed: after the current transaction commits, or at once outside one.
     * The browser tab that made the change is not told: it shows its own change already.
     */
    public void changed(String topic) {
        signals.send(SIGNAL, topic);
        UI origin = UI.getCurrent();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce(topic, origin);
                }
            });
        } else {
            announce(topic, origin);
        }
    }

    private void announce(String topic, @Nullable UI origin) {
        for (Listener listener : listeners.getOrDefault(topic, Set.of())) {
            if (listener.ui() == origin) {
                continue;
            }
            try {
                listener.ui().access(listener.onChange()::run);
            } catch (UIDetachedException closed) {
                // the browser went away between the check and the push; its detach listener cleans up
            }
        }
    }
}
