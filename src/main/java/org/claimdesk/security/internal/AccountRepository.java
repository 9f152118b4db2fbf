package org.claimdesk.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code user_account}. Throttling counters change in single statements, so parallel attempts count. */
@Repository
class AccountRepository {

    private static final String COLUMNS = """
            id, public_id, username, display_name, email, password_hash, role, active,
            failed_sign_ins, locked_until, last_sign_in_at, must_change_password, created_at, version""";

    /** Matches a lower-cased {@code like} pattern, or everything when it is null. */
    private static final String MATCHES = """
            (cast(:text as text) is null or lower(username) like :text escape '\\'
             or lower(display_name) like :text escape '\\' or lower(coalesce(email, '')) like :text escape '\\')""";

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
        return insert(username, displayName, email, passwordHash, role, false, now);
    }

    long insert(String username, String displayName, @Nullable String email, String passwordHash, Role role,
            boolean mustChangePassword, Instant now) {
        return jdbc.sql("""
                        insert into user_account (username, display_name, email, password_hash, role,
                                                  must_change_password, created_at)
                        values (:username, :displayName, :email, :passwordHash, :role, :mustChange, :now)
                        returning id""")
                .param("mustChange", mustChangePassword)
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

    Optional<AccountRow> findByPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from user_account where public_id = :id")
                .param("id", publicId)
                .query(AccountRepository::map)
                .optional();
    }

    /** Accounts whose user name, display name or e-mail contains {@code text} (any case), by user name. */
    List<AccountRow> page(@Nullable String text, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from user_account where " + MATCHES
                        + " order by lower(username) offset :offset limit :limit")
                .param("text", likePattern(text))
                .param("offset", offset)
                .param("limit", limit)
                .query(AccountRepository::map)
                .list();
    }

    long count(@Nullable String text) {
        return jdbc.sql("select count(*) from user_account where " + MATCHES)
                .param("text", likePattern(text))
                .query(Long.class)
                .single();
    }

    private static @Nullable String likePattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * Locks the rows of every active administrator until the transaction ends and returns their ids. Two
     * admins demoting each other at the same moment therefore take turns, and the second sees the first's
     * change: the last active admin cannot be lost to a race.
     */
    List<Long> lockActiveAdmins() {
        return jdbc.sql("select id from user_account where role = 'ADMIN' and active order by id for update")
                .query(Long.class)
                .list();
    }

    /** The public ids of these user names (any case), keyed by the name as stored. */
    Map<String, UUID> publicIdsOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> ids = new LinkedHashMap<>();
        jdbc.sql("select username, public_id from user_account where lower(username) in (:usernames)")
                .param("usernames", usernames.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList())
                .query((ResultSet rs) -> {
                    ids.put(rs.getString("username"), rs.getObject("public_id", UUID.class));
                });
        return ids;
    }

    /** @return whether the row still had {@code version}; false means someone changed it meanwhile */
    boolean updateRole(long id, long version, Role role) {
        return jdbc.sql("update user_account set role = :role, version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", version).param("role", role.name())
                .update() == 1;
    }

    /** @return whether the row still had {@code version}; false means someone changed it meanwhile */
    boolean updateActive(long id, long version, boolean active) {
        return jdbc.sql("""
                        update user_account set active = :active, version = version + 1
                         where id = :id and version = :version""")
                .param("id", id).param("version", version).param("active", active)
                .update() == 1;
    }

    /** @return whether the row still had {@code version}; false means someone changed it meanwhile */
    boolean replacePassword(long id, long version, String passwordHash, boolean mustChange) {
        return jdbc.sql("""
                        update user_account
                           set password_hash = :hash, must_change_password = :mustChange,
                               failed_sign_ins = 0, locked_until = null, version = version + 1
                         where id = :id and version = :version""")
                .param("id", id).param("version", version).param("hash", passwordHash).param("mustChange", mustChange)
                .update() == 1;
    }

    /** A password the person chose: clears a temporary one's duty to change it. */
    void setOwnPassword(long id, String passwordHash) {
        jdbc.sql("""
                        update user_account
                           set password_hash = :hash, must_change_password = false, version = version + 1
                         where id = :id""")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    boolean mustChangePassword(long id) {
        return jdbc.sql("select must_change_password from user_account where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
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
                instant(rs, "last_sign_in_at"),
                rs.getBoolean("must_change_password"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
