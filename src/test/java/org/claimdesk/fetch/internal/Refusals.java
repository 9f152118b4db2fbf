package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;

/** Asserts a refusal the way the UI will see it: reason, detail and message key. */
final class Refusals {

    private Refusals() {
    }

    static FetchRefusedException assertRefused(ThrowingCallable fetch, Reason reason, String detail) {
        FetchRefusedException refused = catchThrowableOfType(FetchRefusedException.class, fetch);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).as("reason of: %s", refused.getMessage()).isEqualTo(reason);
        assertThat(refused.detail()).as("detail of: %s", refused.getMessage()).isEqualTo(detail);
        assertThat(refused.messageKey()).isEqualTo(reason.messageKey());
        return refused;
    }
}
