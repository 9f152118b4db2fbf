package org.claimdesk.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.security.AccessToken;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.IssuedAccessToken;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issues, lists, revokes and resolves personal access tokens (SQL over {@code access_token}). */
@Component
public class AccessTokens {

    static final String PREFIX = "cdt_";
    static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedAccessToken create(SignedInUser owner, String name, @Nullable LocalDate expiresOn) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new AccountRuleViolation("token.name.empty");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new AccountRuleViolation("token.name.too-long", MAX_NAME);
        }
        Instant now = clock.instant();
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new AccountRuleViolation("token.expiry.past");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // works until the end of its last day (UTC)
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        UUID tokenId = jdbc.sql("""
                        insert into access_token (account_id, name, token_hash, token_hint, created_at, expires_at)
                        values (:account, :name, :hash, :hint, :now, :expires) returning public_id""")
                .param("account", owner.accountId()).param("name", trimmed).param("hash", sha256(secret))
                .param("hint", secret.substring(0, 10)).param("now", utc(now))
                .param("expires", expiresAt == null ? null : utc(expiresAt))
                .query(UUID.class).single();
        audit.record("account", owner.username(), "token-created", null,
                Map.of("token", trimmed, "expiresOn", expiresOn == null ? "" : expiresOn.toString()));
        AccessToken token = new AccessToken(tokenId, trimmed, secret.substring(0, 10), now, expiresAt, null, null);
        return new IssuedAccessToken(token, secret);
    }

    public List<AccessToken> of(long accountId) {
        return jdbc.sql("select * from access_token where account_id = :account order by created_at desc, id desc")
                .param("account", accountId).query(AccessTokens::map).list();
    }

    public boolean revoke(SignedInUser owner, UUID tokenId) {
        boolean revoked = jdbc.sql("""
                        update access_token set revoked_at = :now
                         where public_id = :id and account_id = :account and revoked_at is null""")
                .param("now", utc(clock.instant())).param("id", tokenId).param("account", owner.accountId())
                .update() == 1;
        if (revoked) {
            audit.record("account", owner.username(), "token-revoked", null, Map.of("token", tokenId.toString()));
        }
        return revoked;
    }

    /** The active owner of a usable token, noting its use; empty for anything else. */
    public Optional<SignedInUser> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> owner = jdbc.sql("""
                        update access_token set last_used_at = :now
                         where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
                        returning account_id""")
                .param("now", utc(now)).param("hash", sha256(secret)).query(Long.class).optional();
        return owner.flatMap(accounts::findById).filter(AccountRow::active).map(AccountRow::toSignedInUser);
    }

    /** A stable key per token for rate limiting, without keeping the secret in memory. */
    public static String fingerprint(String secret) {
        return sha256(secret);
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(rs.getObject("public_id", UUID.class), rs.getString("name"), rs.getString("token_hint"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
