--liquibase formatted sql

--changeset claimdesk:2026-11-28-17-statement-walk
-- A queue sorted A-Z (or Z-A) with words typed walks the claims in statement order until 50 of them hold the words.
-- It read each claim's row to check them, 70 ms for a word in one claim in eight (bench/queue.md). This index holds
-- the sort key and the statement's start in lower case, so the walk checks the words from the index alone (an
-- index-only scan, 15-18 ms): only a statement longer than that start is checked on its row. PostgreSQL reads a
-- value from an index alone only if it is a column, not an expression over one, so both are stored. Together they stay
-- within a B-tree entry's limit (200 + 400 characters, at most 2,400 bytes); the whole statement may not.
alter table claim add column statement_key text generated always as (left(statement, 200)) stored;
alter table claim add column statement_lower_head text generated always as (left(lower(statement), 400)) stored;
create index claim_statement_walk_idx on claim (statement_key, id desc) include (statement_lower_head);
drop index claim_statement_sort_idx;
-- An index-only scan skips the rows only on pages that vacuum has marked all-visible; claims are edited all day, so
-- vacuum visits them after 2 % of them changed instead of the default 20 %.
alter table claim set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
--rollback alter table claim reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);
--rollback create index claim_statement_sort_idx on claim (left(statement, 200), id desc);
--rollback drop index claim_statement_walk_idx;
--rollback alter table claim drop column statement_lower_head; alter table claim drop column statement_key;
