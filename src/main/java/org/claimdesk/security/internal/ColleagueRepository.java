package org.claimdesk.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.security.Colleague;
import org.claimdesk.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL over {@code user_account} for {@link org.claimdesk.security.ColleagueDirectory}. */
@Repository
public class ColleagueRepository {

    private static final String COLUMNS = "select id, public_id, username, display_name, role, active from user_account ";

    private final JdbcClient jdbc;

    ColleagueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Colleague> activeReviewers() {
        return jdbc.sql(COLUMNS + "where active and role in ('REVIEWER', 'EDITOR', 'ADMIN') order by lower(display_name)")
                .query(ColleagueRepository::map).list();
    }

    public Optional<Colleague> byId(long id) {
        return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(ColleagueRepository::map).optional();
    }

    public Optional<Colleague> byPublicId(UUID publicId) {
        return jdbc.sql(COLUMNS + "where public_id = :id").param("id", publicId).query(ColleagueRepository::map)
                .optional();
    }

    public Optional<Colleague> byUsername(String username) {
        return jdbc.sql(COLUMNS + "where lower(username) = lower(:username)").param("username", username)
                .query(ColleagueRepository::map).optional();
    }

    private static Colleague map(ResultSet rs, int row) throws SQLException {
        return new Colleague(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
