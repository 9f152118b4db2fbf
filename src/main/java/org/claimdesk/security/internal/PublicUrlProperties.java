package org.claimdesk.security.internal;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The address people reach ClaimDesk at ({@code CLAIMDESK_PUBLICURL}), checked at start: set-up links,
 * e-mails, the public pages and every ClaimReview {@code @id} are built from it, so a wrong value would
 * otherwise surface much later as broken links, or stop publishing because a ClaimReview would not validate.
 *
 * @param publicUrl an absolute http(s) address such as {@code https://factcheck.example.org}, or empty
 */
@ConfigurationProperties("claimdesk")
@Validated
record PublicUrlProperties(
        @Pattern(regexp = "\\s*|https?://[^\\s/?#]+(/[^\\s?#]*)?",
                message = "must be an absolute http(s) address such as https://factcheck.example.org "
                        + "(set CLAIMDESK_PUBLICURL), without query or fragment")
        @Nullable String publicUrl) {
}
