--liquibase formatted sql

--changeset claimdesk:2026-11-28-03-source
-- a piece of evidence; one source can serve several claims
create table source (
    id            bigint generated always as identity primary key,
    public_id     uuid          not null default gen_random_uuid() unique,
    url           text          not null check (url ~* '^https?://'),
    title         varchar(500)  not null check (length(btrim(title)) > 0),
    publisher     varchar(300),
    author        varchar(300),
    published_on  date,
    accessed_on   date          not null,
    created_by    bigint        references user_account (id),
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create unique index source_url_key on source (url);

-- the archived text of a source page, so that evidence survives link rot
create table source_snapshot (
    id            bigint generated always as identity primary key,
    source_id     bigint        not null references source (id) on delete cascade,
    final_url     text          not null,
    content_type  varchar(200)  not null,
    text          text          not null,
    sha256        char(64)      not null,
    fetched_at    timestamptz   not null,
    fetched_by    bigint        references user_account (id)
);
create index source_snapshot_source_idx on source_snapshot (source_id, fetched_at desc);

-- why a source matters for one claim: the passage and its stance
create table claim_source (
    claim_id      bigint        not null references claim (id) on delete cascade,
    source_id     bigint        not null references source (id),
    passage       text,
    stance        varchar(8)    not null check (stance in ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    added_by      bigint        references user_account (id),
    added_at      timestamptz   not null,
    primary key (claim_id, source_id)
);
create index claim_source_source_idx on claim_source (source_id);
--rollback drop table claim_source; drop table source_snapshot; drop table source;
