package org.claimdesk.discussion.internal;

import java.util.UUID;

/** The {@link org.claimdesk.shell.LiveUpdates} topic of everything shown on a claim's page. */
public final class ClaimTopic {

    private ClaimTopic() {
    }

    public static String of(UUID claimId) {
        return "claim:" + claimId;
    }
}
