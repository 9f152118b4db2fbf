--liquibase formatted sql

--changeset claimdesk:2026-11-28-02-claim
create extension if not exists pg_trgm;

create table claim (
    id            bigint generated always as identity primary key,
    public_id     uuid          not null default gen_random_uuid() unique,
    statement     text          not null check (length(btrim(statement)) between 1 and 2000),
    claimant      varchar(300),
    claim_date    date,
    as_of_date    date,
    priority      varchar(8)    not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    tags          text[]        not null default '{}',
    created_by    bigint        references user_account (id),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index claim_statement_trgm_idx on claim using gin (statement gin_trgm_ops);
create index claim_created_at_idx on claim (created_at desc);

-- where a claim appears: an article and an anchor (W3C Web Annotation position and quote selectors)
create table appearance (
    id              bigint generated always as identity primary key,
    claim_id        bigint       not null references claim (id) on delete cascade,
    article_id      bigint       not null references article (id) on delete cascade,
    start_offset    integer      not null check (start_offset >= 0),
    end_offset      integer      not null,
    quote_exact     text         not null check (length(quote_exact) > 0),
    quote_prefix    text         not null default '',
    quote_suffix    text         not null default '',
    anchor_state    varchar(12)  not null default 'ANCHORED' check (anchor_state in ('ANCHORED', 'REANCHORED', 'ORPHANED')),
    created_by      bigint       references user_account (id),
    created_at      timestamptz  not null,
    check (end_offset > start_offset),
    unique (claim_id, article_id, start_offset, end_offset)
);
create index appearance_article_idx on appearance (article_id);
create index appearance_claim_idx on appearance (claim_id);

-- sentences the check-worthiness suggester proposed; accepted ones became claims
create table suggestion (
    id              bigint generated always as identity primary key,
    article_id      bigint        not null references article (id) on delete cascade,
    start_offset    integer       not null,
    end_offset      integer       not null,
    sentence        text          not null,
    score           numeric(4, 3) not null check (score between 0 and 1),
    reasons         text[]        not null default '{}',
    state           varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'ACCEPTED', 'DISMISSED')),
    claim_id        bigint        references claim (id) on delete set null,
    decided_by      bigint        references user_account (id),
    decided_at      timestamptz,
    unique (article_id, start_offset, end_offset)
);
--rollback drop table suggestion; drop table appearance; drop table claim;
