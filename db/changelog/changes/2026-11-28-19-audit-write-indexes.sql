--liquibase formatted sql

--changeset claimdesk:2026-11-28-19-audit-write-indexes
-- Every save writes an audit entry, and every index on audit_entry takes an entry with it; the audit viewer, read by
-- an admin now and then, had one index per filter. The viewer's newest-first order and its filters by entity type and
-- by action now share one index that carries both columns, so a filtered page walks it from the newest entry and
-- checks them on the index alone (an index-only scan). Two index entries fewer per save (bench/audit.md); the price is
-- a longer walk for a rare type or action. The filter by person keeps its own index (the most used filter, and the
-- viewer's list of people skips through it).
create index audit_entry_newest_idx on audit_entry (occurred_at desc, id desc) include (entity_type, action);
drop index audit_entry_occurred_idx;
drop index audit_entry_type_occurred_idx;
drop index audit_entry_action_idx;
-- An index-only scan skips the rows only on pages that vacuum has marked all-visible; the trail only grows, so
-- vacuum visits it after 2 % new entries instead of the default 20 %.
alter table audit_entry set (autovacuum_vacuum_insert_scale_factor = 0.02);
--rollback alter table audit_entry reset (autovacuum_vacuum_insert_scale_factor);
--rollback create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
--rollback create index audit_entry_type_occurred_idx on audit_entry (entity_type, occurred_at desc);
--rollback create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
--rollback drop index audit_entry_newest_idx;

--changeset claimdesk:2026-11-28-19-audit-rejection-index
-- The agreement panel no longer reads rejections from the trail (ADR 0013); nothing else reads this index.
drop index audit_entry_rejection_idx;
--rollback create index audit_entry_rejection_idx on audit_entry (entity_id, occurred_at) where entity_type = 'review' and action = 'proposal-rejected';
