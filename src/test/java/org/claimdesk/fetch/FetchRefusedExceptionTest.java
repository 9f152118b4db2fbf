package org.claimdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.claimdesk.fetch.FetchRefusedException.Reason;
import org.junit.jupiter.api.Test;

/** What the UI gets to translate a refusal. */
class FetchRefusedExceptionTest {

    @Test
    void messageKeysAreTheReasonInLowerCaseWithDashes() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::messageKey)).containsExactly(
                "fetch.refused.not-a-url",
                "fetch.refused.scheme-not-allowed",
                "fetch.refused.credentials-in-url",
                "fetch.refused.no-host",
                "fetch.refused.host-not-found",
                "fetch.refused.address-not-allowed",
                "fetch.refused.too-many-redirects",
                "fetch.refused.redirect-without-location",
                "fetch.refused.timeout",
                "fetch.refused.too-large",
                "fetch.refused.content-type-not-allowed",
                "fetch.refused.http-error",
                "fetch.refused.connection-failed");
    }

    @Test
    void carriesReasonDetailAndAnEnglishMessage() {
        FetchRefusedException refused = new FetchRefusedException(Reason.ADDRESS_NOT_ALLOWED, "169.254.169.254");

        assertThat(refused.reason()).isEqualTo(Reason.ADDRESS_NOT_ALLOWED);
        assertThat(refused.detail()).isEqualTo("169.254.169.254");
        assertThat(refused.messageKey()).isEqualTo("fetch.refused.address-not-allowed");
        assertThat(refused.getMessage())
                .isEqualTo("Pages on internal or reserved network addresses cannot be fetched: 169.254.169.254.");
    }
}
