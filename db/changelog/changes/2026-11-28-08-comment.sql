--liquibase formatted sql

--changeset claimdesk:2026-11-28-08-comment
-- the discussion of a claim, one level deep: a reply hangs off a top-level comment (parent_id), never off a reply.
-- The claim is referenced by its public id, the id the discussion module knows it by. A deleted comment
-- stays as a marker (deleted_at, deleted_by) so that its replies keep their place.
create table comment (
    id               bigint        generated always as identity primary key,
    public_id        uuid          not null default gen_random_uuid() unique,
    claim_public_id  uuid          not null references claim (public_id) on delete cascade,
    parent_id        bigint        references comment (id) on delete cascade,
    author_id        bigint        not null references user_account (id),
    body             text          not null check (length(body) <= 10000 and body ~ '[^[:space:]]'),
    created_at       timestamptz   not null,
    edited_at        timestamptz,
    deleted_at       timestamptz,
    deleted_by       bigint        references user_account (id),
    version          bigint        not null default 0,
    check ((deleted_at is null) = (deleted_by is null))
);
-- a claim's comments in the order they were posted
create index comment_claim_idx on comment (claim_public_id, created_at, id);
create index comment_parent_idx on comment (parent_id) where parent_id is not null;
comment on table comment is 'Discussion of a claim: top-level comments and their replies; deleted ones stay as markers';
--rollback drop table comment;
