--liquibase formatted sql

--changeset claimdesk:2026-11-28-06-review
-- each claim's place in the review workflow; one row per claim, created with the claim
create table review (
    claim_id              bigint        primary key references claim (id) on delete cascade,
    state                 varchar(24)   not null default 'DRAFT' check (state in
                              ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'PUBLISHED', 'CORRECTION_IN_PROGRESS', 'ARCHIVED')),
    assignee_id           bigint        references user_account (id),
    due_on                date,
    recheck_on            date,
    -- everyone who proposed or revised the verdict since it was last published: none of them may approve it
    proposer_ids          bigint[]      not null default '{}',
    proposed_at           timestamptz,
    rejected_by           bigint        references user_account (id),
    rejected_at           timestamptz,
    rejection_comment     text          check (length(rejection_comment) <= 10000),
    correction_reason     text          check (length(correction_reason) <= 10000),
    archive_reason        text          check (length(archive_reason) <= 10000),
    state_before_archive  varchar(24),
    updated_at            timestamptz   not null,
    version               bigint        not null default 0
);
-- claims already on the desk: a proposed verdict waits for approval, the rest start as drafts
insert into review (claim_id, state, proposer_ids, proposed_at, updated_at)
select c.id,
       case when v.id is null then 'DRAFT' else 'VERDICT_PROPOSED' end,
       case when v.proposed_by is null then '{}'::bigint[] else array[v.proposed_by] end,
       v.proposed_at,
       c.updated_at
  from claim c left join verdict v on v.claim_id = c.id;

-- the queues: by state with the newest change first, by assignee, and the two date-driven queues
create index review_updated_idx on review (updated_at desc, claim_id desc);
create index review_state_updated_idx on review (state, updated_at desc);
create index review_assignee_idx on review (assignee_id, state) where assignee_id is not null;
create index review_unassigned_idx on review (updated_at desc) where assignee_id is null
    and state in ('DRAFT', 'IN_RESEARCH', 'CORRECTION_IN_PROGRESS');
create index review_due_idx on review (due_on) where due_on is not null
    and state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS');
create index review_recheck_idx on review (recheck_on) where recheck_on is not null;
create index claim_tags_idx on claim using gin (tags);
create index claim_claim_date_idx on claim (claim_date);
-- a claim's History tab reads every entry about it, whichever module wrote it
create index audit_entry_entity_id_idx on audit_entry (entity_id, id);
--rollback drop table review;

--changeset claimdesk:2026-11-28-06-published-verdict
-- what the public sees: each published verdict as it was approved, kept when a correction replaces it
create table published_verdict (
    id              bigint        generated always as identity primary key,
    public_id       uuid          not null default gen_random_uuid() unique,
    claim_id        bigint        not null references claim (id) on delete cascade,
    rating_id       bigint        not null references rating (id),
    rationale       text          not null,
    -- the sources as they stood when approved: title, url, publisher, published and accessed dates
    sources         jsonb         not null,
    proposer_ids    bigint[]      not null,
    approved_by     bigint        not null references user_account (id),
    published_at    timestamptz   not null,
    superseded_at   timestamptz
);
create unique index published_verdict_current_idx on published_verdict (claim_id) where superseded_at is null;
create index published_verdict_claim_idx on published_verdict (claim_id, published_at);

-- the public record of a change to a published verdict: what changed (the two versions), why, when, approved by whom
create table correction (
    id              bigint        generated always as identity primary key,
    public_id       uuid          not null default gen_random_uuid() unique,
    claim_id        bigint        not null references claim (id) on delete cascade,
    previous_id     bigint        not null references published_verdict (id),
    current_id      bigint        not null unique references published_verdict (id),
    reason          text          not null check (length(btrim(reason)) > 0),
    approved_by     bigint        not null references user_account (id),
    published_at    timestamptz   not null
);
create index correction_published_idx on correction (published_at desc);
--rollback drop table correction; drop table published_verdict;
