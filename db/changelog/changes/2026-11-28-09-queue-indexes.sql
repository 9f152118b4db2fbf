--liquibase formatted sql

--changeset claimdesk:2026-11-28-09-queue-indexes
-- What the queues' pages need to choose 50 rows on an index and stop, measured on 100,000 claims (bench/queue.md).
-- The rating filter: the claims whose verdict has a given rating, read from the index alone.
create index verdict_rating_idx on verdict (rating_id, claim_id);
-- The claim-date sort, newest first with undated claims last (claim_claim_date_idx gives the oldest first), and
-- claim-date ranges counted from the index alone.
create index claim_claim_date_desc_idx on claim (claim_date desc nulls last, id desc);
-- A-Z by statement. A B-tree entry must fit in a third of a page, which a 2,000-character statement in a
-- non-Latin script may not; its first 200 characters always do (at most 800 bytes).
create index claim_statement_sort_idx on claim (left(statement, 200), id desc);
-- Words in the statement, case-insensitive. The trigram index finds the candidates, but each one must be checked
-- again, and lower-casing a statement for ILIKE costs several times the match itself; stored in lower case, the
-- check is a plain LIKE. (An expression index on lower(statement) would still lower-case every candidate.)
alter table claim add column statement_lower text generated always as (lower(statement)) stored;
create index claim_statement_lower_trgm_idx on claim using gin (statement_lower gin_trgm_ops);
-- "Mine": one person's open claims in due-date order, the page read from the index alone.
create index review_mine_idx on review (assignee_id, due_on, claim_id desc)
    where state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS');
-- "Overdue" (and the due-date reminders): the open, dated claims in the queue's order, tie-breaker included, so
-- the page is the index's first 50 entries. It replaces review_due_idx (due_on only), which left a sort of every
-- overdue claim to the planner, or a skip scan of review_mine_idx.
create index review_open_due_idx on review (due_on, claim_id desc)
    where due_on is not null and state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS');
drop index review_due_idx;
-- Any queue sorted by due date, undated claims last, either way (undated claims come last both ways, so one
-- index cannot serve both directions).
create index review_due_order_idx on review (due_on, claim_id desc);
create index review_due_order_desc_idx on review (due_on desc nulls last, claim_id desc);
-- Sorted by state: A-Z from the index alone; Z-A reads the first state's rows backwards and sorts them.
create index review_state_order_idx on review (state, claim_id desc);
--rollback drop index review_state_order_idx; drop index review_due_order_desc_idx; drop index review_due_order_idx;
--rollback create index review_due_idx on review (due_on) where due_on is not null
--rollback     and state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS');
--rollback drop index review_open_due_idx; drop index review_mine_idx; drop index claim_statement_lower_trgm_idx;
--rollback alter table claim drop column statement_lower; drop index claim_statement_sort_idx;
--rollback drop index claim_claim_date_desc_idx; drop index verdict_rating_idx;

--changeset claimdesk:2026-11-28-09-audit-entity-index
-- Every audit entry updated this index and audit_entry_entity_id_idx (entity_id, id), both on random keys; the
-- second serves every lookup of the first (an entity's entries are few, their type is checked on each), so this
-- one only made each save slower (bench/audit.md).
drop index audit_entry_entity_idx;
--rollback create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id);
