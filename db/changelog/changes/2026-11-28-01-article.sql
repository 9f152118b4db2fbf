--liquibase formatted sql

--changeset claimdesk:2026-11-28-01-article
create table article (
    id              bigint generated always as identity primary key,
    public_id       uuid          not null default gen_random_uuid() unique,
    title           varchar(500)  not null check (length(btrim(title)) > 0),
    byline          varchar(500),
    publisher       varchar(300),
    published_at    timestamptz,
    language        varchar(35),
    canonical_url   text,
    origin          varchar(16)   not null check (origin in ('PASTED', 'UPLOADED', 'FETCHED', 'SEED')),
    text            text          not null check (length(text) > 0),
    text_sha256     char(64)      not null,
    imported_by     bigint        references user_account (id),
    imported_at     timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
-- the same page or the same text imported again opens the existing article
create unique index article_canonical_url_key on article (canonical_url) where canonical_url is not null;
create unique index article_text_sha256_key on article (text_sha256);
create index article_imported_at_idx on article (imported_at desc);
comment on table article is 'News items imported for checking: cleaned plain text (paragraphs separated by a blank line) and metadata';
--rollback drop table article;
