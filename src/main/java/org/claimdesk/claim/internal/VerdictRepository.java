package org.claimdesk.claim.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.claim.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code verdict} and {@code verdict_source}. */
@Repository
class VerdictRepository {

    private final JdbcClient jdbc;

    VerdictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The claim's verdict, with the proposer's account id for the caller to name. */
    Optional<StoredVerdict> forClaim(long claimId) {
        return jdbc.sql("""
                        select v.id as verdict_id, v.rationale, v.proposed_at, v.proposed_by,
                               v.version as verdict_version, r.id, r.code, r.label, r.description, r.rating_value,
                               r.colour, r.position, r.version
                          from verdict v join rating r on r.id = v.rating_id
                         where v.claim_id = :claimId""")
                .param("claimId", claimId)
                .query((rs, row) -> {
                    Long proposedBy = rs.getObject("proposed_by", Long.class);
                    return new StoredVerdict(RatingRepository.map(rs, row), rs.getString("rationale"),
                            sourceIds(rs.getLong("verdict_id")), proposedBy,
                            Rows.requiredInstant(rs, "proposed_at"), rs.getLong("verdict_version"));
                })
                .optional();
    }

    record StoredVerdict(org.claimdesk.claim.Rating rating, String rationale, List<UUID> sourceIds,
            @Nullable Long proposedBy, Instant proposedAt, long version) {

        Verdict named(String proposerName) {
            return new Verdict(rating, rationale, sourceIds, proposerName, proposedAt, version);
        }
    }

    /** @return false if the verdict changed since {@code expectedVersion} (null: there must be none yet) */
    boolean save(long claimId, long ratingId, String rationale, Set<Long> sourceIds, @Nullable Long expectedVersion,
            @Nullable Long proposedBy, Instant now) {
        Long verdictId;
        if (expectedVersion == null) {
            verdictId = jdbc.sql("""
                            insert into verdict (claim_id, rating_id, rationale, proposed_by, proposed_at)
                            values (:claimId, :ratingId, :rationale, :proposedBy, :now)
                            on conflict (claim_id) do nothing returning id""")
                    .param("claimId", claimId).param("ratingId", ratingId).param("rationale", rationale)
                    .param("proposedBy", proposedBy).param("now", Rows.utc(now))
                    .query(Long.class).optional().orElse(null);
        } else {
            verdictId = jdbc.sql("""
                            update verdict set rating_id = :ratingId, rationale = :rationale, proposed_by = :proposedBy,
                                   proposed_at = :now, version = version + 1
                             where claim_id = :claimId and version = :version returning id""")
                    .param("claimId", claimId).param("ratingId", ratingId).param("rationale", rationale)
                    .param("proposedBy", proposedBy).param("now", Rows.utc(now)).param("version", expectedVersion)
                    .query(Long.class).optional().orElse(null);
        }
        if (verdictId == null) {
            return false;
        }
        jdbc.sql("delete from verdict_source where verdict_id = :id").param("id", verdictId).update();
        for (long sourceId : sourceIds) {
            jdbc.sql("insert into verdict_source (verdict_id, source_id) values (:verdictId, :sourceId)")
                    .param("verdictId", verdictId).param("sourceId", sourceId).update();
        }
        return true;
    }

    private List<UUID> sourceIds(long verdictId) {
        return jdbc.sql("""
                        select s.public_id from verdict_source vs join source s on s.id = vs.source_id
                         where vs.verdict_id = :id order by s.id""")
                .param("id", verdictId).query(UUID.class).list();
    }
}
