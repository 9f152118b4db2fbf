package org.claimdesk.security.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one-time token of the set-up link that creates the first administrator when an external database
 * has no accounts and none was configured. It lives in memory only: a restart makes a new link.
 */
@Component
public class SetupLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    private @Nullable String token;

    synchronized String open() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return token;
    }

    public synchronized boolean accepts(String candidate) {
        return token != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Uses the token up; only one caller can win, however many hold the link. */
    public synchronized boolean consume(String candidate) {
        if (!accepts(candidate)) {
            return false;
        }
        token = null;
        return true;
    }

    /** Gives a token back when the account it was spent on could not be created. */
    public synchronized void restore(String candidate) {
        if (token == null) {
            token = candidate;
        }
    }
}
