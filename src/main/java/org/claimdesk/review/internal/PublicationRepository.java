package org.claimdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.review.PublishedVerdict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for {@code published_verdict} and {@code correction}. */
@Repository
class PublicationRepository {

    private static final TypeReference<List<PublishedVerdict.Source>> SOURCES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A verdict about to be published, as approved. {@code afterRejection}: its review round had a rejection (the
     * dashboard's reviewer-approver agreement counts the rounds approved without one). {@code firstOfClaimCreatedAt}:
     * when this is the claim's first publication, the claim's creation (the dashboard's time to publication); null
     * for a correction.
     */
    record NewPublication(long claimId, long ratingId, String rationale, List<PublishedVerdict.Source> sources,
            Set<Long> proposerIds, long approvedBy, boolean afterRejection, @Nullable Instant firstOfClaimCreatedAt) {
    }

    /** A publication as stored, with account ids for the caller to name. */
    record StoredPublication(long id, UUID publicId, String ratingCode, String ratingLabel, String ratingColour,
            String rationale, List<PublishedVerdict.Source> sources, List<Long> proposerIds, long approvedBy,
            Instant publishedAt, @Nullable Instant supersededAt) {
    }

    /** A correction as stored. */
    record StoredCorrection(UUID publicId, UUID claimId, String statement, String previousRating,
            String correctedRating, boolean rationaleChanged, String reason, long approvedBy, Instant publishedAt) {
    }

    /** Marks the claim's current publication superseded; @return its id, if there was one */
    Optional<Long> supersedeCurrent(long claimId, Instant now) {
        return jdbc.sql("""
                        update published_verdict set superseded_at = :now
                         where claim_id = :claimId and superseded_at is null returning id""")
                .param("claimId", claimId).param("now", ReviewRepository.utc(now))
                .query(Long.class).optional();
    }

    long insert(NewPublication publication, Instant now) {
        return jdbc.sql("""
                        insert into published_verdict (claim_id, rating_id, rationale, sources, proposer_ids,
                                                       approved_by, published_at, after_rejection, time_to_publication)
                        values (:claimId, :ratingId, :rationale, cast(:sources as jsonb), cast(:proposers as bigint[]),
                                :approvedBy, :now, :afterRejection,
                                cast(:now as timestamptz) - cast(:claimCreatedAt as timestamptz))
                        returning id""")
                .param("claimId", publication.claimId())
                .param("ratingId", publication.ratingId())
                .param("rationale", publication.rationale())
                .param("sources", json.writeValueAsString(publication.sources()))
                .param("proposers", "{" + publication.proposerIds().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")) + "}")
                .param("approvedBy", publication.approvedBy())
                .param("now", ReviewRepository.utc(now))
                .param("afterRejection", publication.afterRejection())
                .param("claimCreatedAt", publication.firstOfClaimCreatedAt() == null ? null
                        : ReviewRepository.utc(publication.firstOfClaimCreatedAt()))
                .query(Long.class).single();
    }

    void insertCorrection(long claimId, long previousId, long currentId, String reason, long approvedBy, Instant now) {
        jdbc.sql("""
                        insert into correction (claim_id, previous_id, current_id, reason, approved_by, published_at)
                        values (:claimId, :previousId, :currentId, :reason, :approvedBy, :now)""")
                .param("claimId", claimId).param("previousId", previousId).param("currentId", currentId)
                .param("reason", reason).param("approvedBy", approvedBy).param("now", ReviewRepository.utc(now))
                .update();
    }

    /** Every publication of the claim, newest first. */
    List<StoredPublication> publications(long claimId) {
        return jdbc.sql("""
                        select p.*, r.code, r.label, r.colour
                          from published_verdict p join rating r on r.id = p.rating_id
                         where p.claim_id = :claimId order by p.published_at desc, p.id desc""")
                .param("claimId", claimId).query(this::publication).list();
    }

    /** The claim's corrections, newest first. */
    List<StoredCorrection> corrections(long claimId) {
        return jdbc.sql(CORRECTIONS + " where k.claim_id = :claimId order by k.published_at desc, k.id desc")
                .param("claimId", claimId).query(PublicationRepository::correction).list();
    }

    private static final String CORRECTIONS = """
            select k.public_id, c.public_id as claim_public_id, c.statement, rp.label as previous_rating,
                   rc.label as corrected_rating, p.rationale <> n.rationale as rationale_changed, k.reason,
                   k.approved_by, k.published_at
              from correction k
              join claim c on c.id = k.claim_id
              join published_verdict p on p.id = k.previous_id join rating rp on rp.id = p.rating_id
              join published_verdict n on n.id = k.current_id join rating rc on rc.id = n.rating_id
            """;

    private StoredPublication publication(ResultSet rs, int row) throws SQLException {
        OffsetDateTime superseded = rs.getObject("superseded_at", OffsetDateTime.class);
        return new StoredPublication(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("code"),
                rs.getString("label"), rs.getString("colour"), rs.getString("rationale"),
                json.readValue(rs.getString("sources"), SOURCES),
                Arrays.asList((Long[]) rs.getArray("proposer_ids").getArray()), rs.getLong("approved_by"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                superseded == null ? null : superseded.toInstant());
    }

    private static StoredCorrection correction(ResultSet rs, int row) throws SQLException {
        return new StoredCorrection(rs.getObject("public_id", UUID.class), rs.getObject("claim_public_id", UUID.class),
                rs.getString("statement"), rs.getString("previous_rating"), rs.getString("corrected_rating"),
                rs.getBoolean("rationale_changed"), rs.getString("reason"), rs.getLong("approved_by"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }
}
