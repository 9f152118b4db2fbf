package org.claimdesk.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Vaadin sessions of this instance, so that an ended sign-in can send its open browser tabs to the
 * sign-in page at once through server push instead of waiting for the person's next click.
 */
@Component
class OpenVaadinSessions implements VaadinServiceInitListener {

    static final String SIGN_IN = "login";

    /** Weak: a session the container drops without telling Vaadin must not stay here for ever. */
    private final Set<VaadinSession> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /** Sends every open tab of these HTTP sessions to the sign-in page. */
    void sendToSignIn(Set<String> httpSessionIds) {
        if (httpSessionIds.isEmpty()) {
            return;
        }
        List<VaadinSession> open;
        synchronized (sessions) {
            open = List.copyOf(sessions);
        }
        for (VaadinSession session : open) {
            String id = idOf(session);
            if (id != null && httpSessionIds.contains(id)) {
                session.access(() -> session.getUIs().forEach(ui -> ui.getPage().setLocation(SIGN_IN)));
            }
        }
    }

    private static @Nullable String idOf(VaadinSession session) {
        try {
            WrappedSession wrapped = session.getSession();
            return wrapped == null ? null : wrapped.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
