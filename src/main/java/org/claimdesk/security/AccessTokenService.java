package org.claimdesk.security;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.security.internal.AccessTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API. Each person manages their own; a token acts with its owner's
 * role for as long as the owner is active and the token is neither revoked nor expired.
 */
@Service
@Transactional
public class AccessTokenService {

    private final AccessTokens tokens;
    private final CurrentUser currentUser;

    AccessTokenService(AccessTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    /**
     * @param expiresOn the last day the token works, or null for a token that works until revoked
     * @throws AccountRuleViolation for an empty or too long name or an expiry date in the past
     */
    @PreAuthorize("isAuthenticated()")
    public IssuedAccessToken create(String name, @Nullable LocalDate expiresOn) {
        return tokens.create(currentUser.require(), name, expiresOn);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccessToken> own() {
        return tokens.of(currentUser.require().accountId());
    }

    /** Revokes one of the signed-in person's tokens; someone else's token id changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public boolean revoke(UUID tokenId) {
        return tokens.revoke(currentUser.require(), tokenId);
    }
}
