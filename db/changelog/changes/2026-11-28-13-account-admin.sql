--liquibase formatted sql

--changeset claimdesk:2026-11-28-13-account-admin
-- an admin may hand out a temporary password that must be changed at the next sign-in
alter table user_account add column must_change_password boolean not null default false;
comment on column user_account.must_change_password is 'Set with a temporary password; the person must choose their own before working';
--rollback alter table user_account drop column must_change_password;

--changeset claimdesk:2026-11-28-13-account-password-link
-- one-time links to set a password: invitations of new accounts and resets by an admin. Only a SHA-256
-- of each token is kept (256-bit random tokens leave nothing to guess); using one is a single UPDATE
create table account_password_link (
    id           bigint       generated always as identity primary key,
    account_id   bigint       not null references user_account (id) on delete cascade,
    purpose      varchar(16)  not null check (purpose in ('INVITATION', 'RESET')),
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    check (expires_at > created_at)
);
create index account_password_link_account_idx on account_password_link (account_id);
--rollback drop table account_password_link;

--changeset claimdesk:2026-11-28-13-audit-viewer-indexes
-- the audit viewer filters by person, type and action within a time range, newest first, and searches
-- the entity id (audit_entry_entity_id_idx exists) and the JSON values by substring: a trigram GIN index
-- over one expression the query repeats
create extension if not exists pg_trgm;
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_type_occurred_idx on audit_entry (entity_type, occurred_at desc);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
create index audit_entry_search_idx on audit_entry using gin (
    (entity_id || ' ' || coalesce(before_value::text, '') || ' ' || coalesce(after_value::text, '')) gin_trgm_ops);
--rollback drop index audit_entry_search_idx; drop index audit_entry_action_idx; drop index audit_entry_type_occurred_idx; drop index audit_entry_actor_idx;
