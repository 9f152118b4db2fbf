--liquibase formatted sql

--changeset claimdesk:2026-11-28-15-audit-search
-- The audit viewer's text search moves off the write path (ADR 0012, bench/audit.md): the trigram GIN index over
-- each entry's id and JSON values doubled the cost of every audit entry. The searched text now lives in a table of
-- its own, filled after commit in batches by AuditSearchIndexer; the viewer searches it and, with a plain scan, the
-- entries above audit_search_progress.indexed_through that it may not hold yet, so results are complete at once.
-- entry_id is audit_entry's id; no foreign key: entries are never deleted, and the trail's own refusals (trigger,
-- truncate) must stay the ones a change of audit_entry meets
-- occurred_at is the entry's, so that a search for a common word can walk the matches newest first and stop at a
-- page, as the viewer shows them, while a rare word is found on the trigram index
create table audit_search (
    entry_id     bigint       primary key,
    occurred_at  timestamptz  not null,
    searched     text         not null
);
comment on table audit_search is 'The audit viewer''s search text of each entry, filled after commit by AuditSearchIndexer';
create index audit_search_text_idx on audit_search using gin (searched gin_trgm_ops);
create index audit_search_occurred_idx on audit_search (occurred_at desc, entry_id desc);

-- One row. Every entry with an id up to indexed_through is in audit_search, or was never committed. Ids up to
-- settling_through had been handed out when it was noted; once the oldest running transaction is no older than
-- settling_after (pg_snapshot_xmax when noted), every transaction that could still commit one of them has ended.
create table audit_search_progress (
    only_row          boolean primary key default true check (only_row),
    indexed_through   bigint  not null,
    settling_through  bigint  not null,
    settling_after    xid8    not null
);

-- Existing entries are indexed here; the indexer's first run checks for any that were still in flight.
insert into audit_search (entry_id, occurred_at, searched)
select id, occurred_at, lower(entity_id || ' ' || coalesce(before_value::text, '') || ' ' || coalesce(after_value::text, ''))
  from audit_entry;
insert into audit_search_progress (indexed_through, settling_through, settling_after)
select 0, coalesce((select max(id) from audit_entry), 0), pg_snapshot_xmax(pg_current_snapshot());

drop index audit_entry_search_idx;
--rollback create index audit_entry_search_idx on audit_entry using gin ((entity_id || ' ' || coalesce(before_value::text, '') || ' ' || coalesce(after_value::text, '')) gin_trgm_ops); drop table audit_search_progress; drop table audit_search;

--changeset claimdesk:2026-11-28-15-audit-search-append-only splitStatements:false
-- Search rows are only ever added: removing or rewriting one could hide an entry from the viewer's search.
create function audit_search_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_search is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_search_no_update_or_delete before update or delete on audit_search
    for each row execute function audit_search_refuse_change();
create trigger audit_search_no_truncate before truncate on audit_search
    for each statement execute function audit_search_refuse_change();
--rollback drop trigger audit_search_no_truncate on audit_search; drop trigger audit_search_no_update_or_delete on audit_search; drop function audit_search_refuse_change();
