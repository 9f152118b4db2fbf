package org.claimdesk.security;

/** A token just created: the secret is shown this once and is stored only as a hash. */
public record IssuedAccessToken(AccessToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedAccessToken[" + token + "]";
    }
}
