package org.claimdesk.claim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.claimdesk.claim.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the rating scale. */
@Repository
class RatingRepository {

    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rating> all() {
        return jdbc.sql("select * from rating order by position, id").query(RatingRepository::map).list();
    }

    Optional<Rating> find(long id) {
        return jdbc.sql("select * from rating where id = :id").param("id", id).query(RatingRepository::map).optional();
    }

    Optional<Rating> byCode(String code) {
        return jdbc.sql("select * from rating where code = :code").param("code", code)
                .query(RatingRepository::map).optional();
    }

    boolean update(Rating rating) {
        return jdbc.sql("""
                        update rating set label = :label, description = :description, rating_value = :value,
                               colour = :colour, position = :position, version = version + 1
                         where id = :id and version = :version""")
                .param("id", rating.id()).param("version", rating.version()).param("label", rating.label())
                .param("description", rating.description()).param("value", rating.ratingValue())
                .param("colour", rating.colour()).param("position", rating.position())
                .update() == 1;
    }

    static Rating map(ResultSet rs, int row) throws SQLException {
        Integer value = rs.getObject("rating_value", Integer.class);
        return new Rating(rs.getLong("id"), rs.getString("code"), rs.getString("label"), rs.getString("description"),
                value, rs.getString("colour"), rs.getInt("position"), rs.getLong("version"));
    }
}
