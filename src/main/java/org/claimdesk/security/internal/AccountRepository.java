package org.claimdesk.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code user_account}. Throttling counters change in single statements, so parallel attempts count. */
@Repository
class AccountRepository {

    private static final String COLUMNS = """
            id, public_id, username, display_name, email, password_hash, role, active,
            failed_sign_ins, locked_until, last_sign_in_at""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query(AccountRepository::map)
                .optional();
    }

    /** Active accounts whose names are among {@code usernames}, case-insensitively; the list must not be empty. */
    List<AccountRow> findActiveByUsernames(Collection<String> usernames) {
        return jdbc.sql("select " + COLUMNS + " from user_account where active and lower(username) in (:usernames)")
                .param("usernames", usernames.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList())
                .query(AccountRepository::map)
                .list();
    }

    Optional<AccountRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = :id")
                .param("id", id)
                .query(AccountRepository::map)
                .optional();
    }

    List<AccountRow> page(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from user_account order by lower(username) offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(AccountRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists(select 1 from user_account where lower(username) = lower(:username))")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists(select 1 from user_account where lower(email) = lower(:email))")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    long insert(String username, String displayName, @Nullable String email, String passwordHash, Role role,
            Instant now) {
        return jdbc.sql("""
                        insert into user_account (username, display_name, email, password_hash, role, created_at)
                        values (:username, :displayName, :email, :passwordHash, :role, :now)
                        returning id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("passwordHash", passwordHash)
                .param("role", role.name())
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    /**
     * Counts one failed sign-in. The attempt that reaches {@code maxFailures} locks the account for
     * {@code lockDuration} and starts the count afresh.
     *
     * @return when the account is locked until, if this attempt locked it
     */
    Optional<Instant> recordFailedSignIn(long id, Instant now, int maxFailures, Duration lockDuration) {
        OffsetDateTime lockedUntil = utc(now.plus(lockDuration));
        return jdbc.sql("""
                        update user_account
                           set failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end,
                               locked_until    = case when failed_sign_ins + 1 >= :max then :lockedUntil else locked_until end
                         where id = :id
                        returning locked_until""")
                .param("id", id)
                .param("max", maxFailures)
                .param("lockedUntil", lockedUntil)
                .query((rs, row) -> instant(rs, "locked_until"))
                .optional()
                .filter(until -> until != null && until.isAfter(now));
    }

    void recordSuccessfulSignIn(long id, Instant now) {
        jdbc.sql("""
                        update user_account
                           set failed_sign_ins = 0, locked_until = null, last_sign_in_at = :now
                         where id = :id""")
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash, version = version + 1 where id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    private static AccountRow map(ResultSet rs, int row) throws SQLException {
        return new AccountRow(
                rs.getLong("id"),
                rs.getObject("public_id", java.util.UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"),
                rs.getInt("failed_sign_ins"),
                instant(rs, "locked_until"),
                instant(rs, "last_sign_in_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
