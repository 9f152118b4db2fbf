--liquibase formatted sql

--changeset claimdesk:2026-11-28-10-access-token
-- personal access tokens for the REST API; only a SHA-256 of each token is kept (tokens are 256-bit
-- random, so a fast hash is enough: there is nothing to guess)
create table access_token (
    id            bigint        generated always as identity primary key,
    public_id     uuid          not null default gen_random_uuid() unique,
    account_id    bigint        not null references user_account (id) on delete cascade,
    name          varchar(100)  not null check (length(btrim(name)) > 0),
    token_hash    char(64)      not null unique,
    token_hint    varchar(12)   not null,
    created_at    timestamptz   not null,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index access_token_account_idx on access_token (account_id, created_at desc);
--rollback drop table access_token;
