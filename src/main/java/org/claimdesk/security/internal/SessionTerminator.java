package org.claimdesk.security.internal;

import java.util.HashSet;
import java.util.Set;
import org.claimdesk.database.InstanceSignals;
import org.claimdesk.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every sign-in of an account: its sessions in Spring Security's {@link SessionRegistry} expire (the
 * next request of each is signed out and treated as anonymous) and its open Vaadin tabs are sent to the
 * sign-in page through push. Done after the change that calls for it commits, never for a rolled-back one,
 * on this instance and, through {@link InstanceSignals}, on every other instance of the app.
 */
@Component
class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private static final String SIGNAL = "sessions-ended";

    private final SessionRegistry registry;
    private final OpenVaadinSessions vaadinSessions;
    private final InstanceSignals signals;

    SessionTerminator(SessionRegistry registry, OpenVaadinSessions vaadinSessions, InstanceSignals signals) {
        this.registry = registry;
        this.vaadinSessions = vaadinSessions;
        this.signals = signals;
        signals.receive(SIGNAL, accountId -> endSessions(Long.parseLong(accountId)));
    }

    void endSessionsAfterCommit(long accountId) {
        signals.send(SIGNAL, Long.toString(accountId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endSessions(accountId);
                }
            });
        } else {
            endSessions(accountId);
        }
    }

    void endSessions(long accountId) {
        Set<String> ended = new HashSet<>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.accountId() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended.add(session.getSessionId());
                }
            }
        }
        vaadinSessions.sendToSignIn(ended);
        if (!ended.isEmpty()) {
            log.info("Ended {} session(s) of account {}", ended.size(), accountId);
        }
    }
}
