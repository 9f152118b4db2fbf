package org.claimdesk.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.claimdesk.security.PasswordLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links on which a person chooses a password: an invitation for a new account, or a reset an
 * admin started. Only a hash of each token is stored; a new link replaces the account's unused ones; using
 * one is a single UPDATE, so only one caller can ever win, and a link of a deactivated account is void.
 */
@Component
public class PasswordLinks {

    enum Purpose { INVITATION, RESET }

    record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }

    private final JdbcClient jdbc;
    private final AccountLinkProperties properties;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, AccountLinkProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    Issued issue(long accountId, Purpose purpose) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(purpose == Purpose.INVITATION ? properties.invitationValidity()
                : properties.resetValidity());
        jdbc.sql("delete from account_password_link where account_id = :account and used_at is null")
                .param("account", accountId).update();
        String token = Secrets.token();
        jdbc.sql("""
                        insert into account_password_link (account_id, purpose, token_hash, created_at, expires_at)
                        values (:account, :purpose, :hash, :now, :expires)""")
                .param("account", accountId).param("purpose", purpose.name()).param("hash", Secrets.sha256(token))
                .param("now", utc(now)).param("expires", utc(expiresAt))
                .update();
        return new Issued(token, expiresAt);
    }

    /** The account a link is for, while the link is unused, unexpired and its account active. */
    public Optional<PasswordLink> find(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select a.username, a.display_name, l.purpose
                          from account_password_link l join user_account a on a.id = l.account_id
                         where l.token_hash = :hash and l.used_at is null and l.expires_at > :now and a.active""")
                .param("hash", Secrets.sha256(token)).param("now", utc(clock.instant()))
                .query((rs, row) -> new PasswordLink(rs.getString("username"), rs.getString("display_name"),
                        Purpose.INVITATION.name().equals(rs.getString("purpose"))))
                .optional();
    }

    /** Uses a link up and returns its account; empty if it was used, expired, unknown or its account inactive. */
    Optional<Long> consume(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update account_password_link l set used_at = :now
                          from user_account a
                         where a.id = l.account_id and a.active
                           and l.token_hash = :hash and l.used_at is null and l.expires_at > :now
                        returning l.account_id""")
                .param("hash", Secrets.sha256(token)).param("now", utc(clock.instant()))
                .query(Long.class)
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
