package org.claimdesk.claim.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimdesk.claim.SuggestedSentence;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code suggestion}. */
@Repository
class SuggestionRepository {

    private final JdbcClient jdbc;

    SuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long articleId, int start, int end, String sentence, double score, List<String> reasons) {
        jdbc.sql("""
                        insert into suggestion (article_id, start_offset, end_offset, sentence, score, reasons)
                        values (:articleId, :start, :end, :sentence, :score, :reasons)
                        on conflict (article_id, start_offset, end_offset) do nothing""")
                .param("articleId", articleId).param("start", start).param("end", end).param("sentence", sentence)
                .param("score", BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP))
                .param("reasons", reasons.toArray(String[]::new))
                .update();
    }

    List<SuggestedSentence> open(long articleId) {
        return jdbc.sql("""
                        select id, start_offset, end_offset, sentence, score, reasons from suggestion
                         where article_id = :articleId and state = 'OPEN' order by start_offset""")
                .param("articleId", articleId)
                .query((rs, row) -> new SuggestedSentence(rs.getLong("id"), rs.getInt("start_offset"),
                        rs.getInt("end_offset"), rs.getString("sentence"), rs.getDouble("score"),
                        Rows.texts(rs, "reasons")))
                .list();
    }

    Optional<OpenSuggestion> findOpen(long id) {
        return jdbc.sql("select article_id, start_offset, end_offset from suggestion where id = :id and state = 'OPEN'")
                .param("id", id)
                .query((rs, row) -> new OpenSuggestion(id, rs.getLong("article_id"), rs.getInt("start_offset"),
                        rs.getInt("end_offset")))
                .optional();
    }

    boolean decide(long id, String state, @Nullable Long claimId, @Nullable Long decidedBy, Instant now) {
        return jdbc.sql("""
                        update suggestion set state = :state, claim_id = :claimId, decided_by = :decidedBy, decided_at = :now
                         where id = :id and state = 'OPEN'""")
                .param("id", id).param("state", state).param("claimId", claimId).param("decidedBy", decidedBy)
                .param("now", Rows.utc(now))
                .update() == 1;
    }

    record OpenSuggestion(long id, long articleId, int start, int end) {
    }
}
