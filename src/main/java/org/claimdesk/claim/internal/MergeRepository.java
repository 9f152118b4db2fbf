package org.claimdesk.claim.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code claim_merge} and for moving a duplicate's appearances and sources to its canonical claim. */
@Repository
class MergeRepository {

    /** A stored merge. */
    record MergeRow(long id, UUID publicId, long duplicateId, long canonicalId, List<Long> movedAppearanceIds,
            List<Long> addedSourceIds, List<String> addedTags, @Nullable Long mergedBy, Instant mergedAt) {
    }

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the duplicate's appearances to the canonical claim, except one the canonical claim has already
     * at the very same place (then both anchored the same words, and the canonical one stays).
     *
     * @return the ids of the appearances moved
     */
    List<Long> moveAppearances(long fromClaim, long toClaim) {
        return jdbc.sql("""
                        update appearance a set claim_id = :to
                         where a.claim_id = :from
                           and not exists (select 1 from appearance b
                                            where b.claim_id = :to and b.article_id = a.article_id
                                              and b.start_offset = a.start_offset and b.end_offset = a.end_offset)
                        returning a.id""")
                .param("from", fromClaim).param("to", toClaim).query(Long.class).list();
    }

    /** @return how many of the appearances went back; fewer when one of them has since gone elsewhere */
    int moveAppearancesBack(List<Long> appearanceIds, long fromClaim, long toClaim) {
        return jdbc.sql("update appearance set claim_id = :to where id = any(:ids) and claim_id = :from")
                .param("ids", appearanceIds.toArray(Long[]::new)).param("from", fromClaim).param("to", toClaim)
                .update();
    }

    /**
     * Gives the canonical claim the duplicate's sources it does not have yet, with the duplicate's passage
     * and stance; the duplicate keeps its own links, which its verdict may rest on.
     *
     * @return the ids of the sources added
     */
    List<Long> copySources(long fromClaim, long toClaim) {
        return jdbc.sql("""
                        insert into claim_source (claim_id, source_id, passage, stance, added_by, added_at, language)
                        select :to, cs.source_id, cs.passage, cs.stance, cs.added_by, cs.added_at, cs.language
                          from claim_source cs where cs.claim_id = :from
                        on conflict (claim_id, source_id) do nothing
                        returning source_id""")
                .param("from", fromClaim).param("to", toClaim).query(Long.class).list();
    }

    /** Takes the added sources off again, except those the canonical claim's verdict now rests on. */
    void removeSources(long claimId, List<Long> sourceIds) {
        jdbc.sql("""
                        delete from claim_source cs
                         where cs.claim_id = :claimId and cs.source_id = any(:ids)
                           and not exists (select 1 from verdict v join verdict_source vs on vs.verdict_id = v.id
                                            where v.claim_id = :claimId and vs.source_id = cs.source_id)""")
                .param("claimId", claimId).param("ids", sourceIds.toArray(Long[]::new)).update();
    }

    long insert(long duplicateId, long canonicalId, List<Long> movedAppearanceIds, List<Long> addedSourceIds,
            List<String> addedTags, @Nullable Long mergedBy, Instant now) {
        return jdbc.sql("""
                        insert into claim_merge (duplicate_id, canonical_id, moved_appearance_ids, added_source_ids,
                                                 added_tags, merged_by, merged_at)
                        values (:duplicate, :canonical, :appearances, :sources, :tags, :by, :now)
                        returning id""")
                .param("duplicate", duplicateId).param("canonical", canonicalId)
                .param("appearances", movedAppearanceIds.toArray(Long[]::new))
                .param("sources", addedSourceIds.toArray(Long[]::new))
                .param("tags", addedTags.toArray(String[]::new))
                .param("by", mergedBy).param("now", Rows.utc(now))
                .query(Long.class).single();
    }

    UUID publicIdOf(long id) {
        return jdbc.sql("select public_id from claim_merge where id = :id").param("id", id).query(UUID.class)
                .single();
    }

    /** A merge that still stands, locked until the transaction ends. */
    Optional<MergeRow> lockStanding(UUID publicId) {
        return jdbc.sql("select * from claim_merge where public_id = :id and undone_at is null for update")
                .param("id", publicId).query(MergeRepository::row).optional();
    }

    void markUndone(long id, @Nullable Long undoneBy, Instant now) {
        jdbc.sql("update claim_merge set undone_by = :by, undone_at = :now where id = :id")
                .param("id", id).param("by", undoneBy).param("now", Rows.utc(now)).update();
    }

    /** The merges that stand with the claim on either side, newest first. */
    List<MergeRow> standingOf(long claimId) {
        return jdbc.sql("""
                        select * from claim_merge
                         where (duplicate_id = :id or canonical_id = :id) and undone_at is null
                         order by merged_at desc, id desc""")
                .param("id", claimId).query(MergeRepository::row).list();
    }

    private static MergeRow row(ResultSet rs, int row) throws SQLException {
        return new MergeRow(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("duplicate_id"),
                rs.getLong("canonical_id"), longs(rs.getArray("moved_appearance_ids")),
                longs(rs.getArray("added_source_ids")), Rows.texts(rs, "added_tags"),
                rs.getObject("merged_by", Long.class), Rows.requiredInstant(rs, "merged_at"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return List.of((Long[]) array.getArray());
    }
}
