package org.claimdesk.publishing.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many published claims at once, written straight into the tables in one PL/pgSQL block (the real services
 * take about a second a claim): articles of a few claims each, every claim with a quote, a source, a working
 * verdict and its published copy approved by {@code editor}, as the workflow leaves them. For the streaming
 * test and the heap benchmark only; the other report tests make their claims through the services.
 */
@Component
class BulkClaims {

    private final JdbcTemplate jdbc;

    BulkClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} published claims tagged {@code tag} (lower-case letters, digits and dashes only). */
    void published(String tag, int count, int claimsPerArticle) {
        if (!tag.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("tag " + tag);
        }
        jdbc.execute("""
                do $$
                declare
                    v_article bigint; v_claim bigint; v_source bigint; v_verdict bigint;
                    v_editor bigint; v_reviewer bigint; v_rating bigint; stamp timestamptz;
                begin
                    select id into v_editor from user_account where username = 'editor';
                    select id into v_reviewer from user_account where username = 'reviewer';
                    for i in 1..%2$d loop
                        stamp := now() - make_interval(mins => %2$d - i);
                        select id into v_rating from rating order by position offset (i %% 7) limit 1;
                        if (i - 1) %% %3$d = 0 then
                            insert into article (title, publisher, published_at, canonical_url, origin, text, text_sha256,
                                                 imported_at, updated_at)
                            values ('Bulk article %1$s ' || i, 'Bulk Gazette', stamp,
                                    'https://example.org/bulk/%1$s/' || i, 'PASTED', 'Bulk text %1$s ' || i,
                                    encode(sha256(convert_to('%1$s/' || i, 'UTF8')), 'hex'), stamp, stamp)
                            returning id into v_article;
                        end if;
                        insert into claim (statement, claimant, claim_date, as_of_date, tags, created_at, updated_at)
                        values ('Bulk claim ' || i || ': the harbour handled ' || (i * 1000)
                                    || ' containers in 2025, more than in any year since the port opened in 1888.',
                                'Port authority', date '2025-01-01' + (i %% 365), date '2025-12-31',
                                array['%1$s'], stamp, stamp)
                        returning id into v_claim;
                        insert into appearance (claim_id, article_id, start_offset, end_offset, quote_exact, created_at)
                        values (v_claim, v_article, 0, 40, 'The harbour handled ' || (i * 1000)
                                    || ' containers last year, the port authority said.', stamp);
                        insert into review (claim_id, state, proposer_ids, proposed_at, updated_at)
                        values (v_claim, 'PUBLISHED', '{}', stamp, stamp);
                        insert into source (url, title, publisher, published_on, accessed_on, created_at)
                        values ('https://example.org/bulk-source/%1$s/' || i, 'Port annual report ' || i,
                                'Port authority', date '2025-06-30', date '2026-01-12', stamp)
                        returning id into v_source;
                        insert into claim_source (claim_id, source_id, passage, stance, added_at)
                        values (v_claim, v_source, 'Total throughput', 'SUPPORTS', stamp);
                        insert into verdict (claim_id, rating_id, rationale, proposed_by, proposed_at)
                        values (v_claim, v_rating, repeat('The **annual report** gives the figure on page 12; '
                                    || 'the [statistics office](https://example.org/stats) agrees. ', 4), v_reviewer,
                                stamp)
                        returning id into v_verdict;
                        insert into verdict_source (verdict_id, source_id) values (v_verdict, v_source);
                        insert into published_verdict (claim_id, rating_id, rationale, sources, proposer_ids,
                                                       approved_by, published_at)
                        select v_claim, v_rating, v.rationale,
                               jsonb_build_array(jsonb_build_object('title', s.title, 'url', s.url,
                                   'publisher', s.publisher, 'publishedOn', s.published_on,
                                   'accessedOn', s.accessed_on)),
                               array[v_reviewer], v_editor, stamp
                          from verdict v, source s where v.id = v_verdict and s.id = v_source;
                    end loop;
                end
                $$""".formatted(tag, count, claimsPerArticle));
    }
}
