--liquibase formatted sql

--changeset claimdesk:2026-11-28-12-search-functions splitStatements:false
-- The text-search configuration for a language code as the article stores it ('en', 'de', 'en-GB', null):
-- English and German get their stemmers and stop words, every other or unknown language 'simple'.
-- IMMUTABLE so that generated columns may call it; the body is bound when it is created (SQL-standard
-- body), so it does not depend on search_path. Changing the mapping needs a changeset that also rewrites
-- every search column. See docs/adr/0011-full-text-search.md.
create function claimdesk_ts_config(language text) returns regconfig
    language sql immutable parallel safe
    return case lower(split_part(split_part(coalesce(language, ''), '-', 1), '_', 1))
        when 'en' then 'pg_catalog.english'::regconfig
        when 'eng' then 'pg_catalog.english'::regconfig
        when 'de' then 'pg_catalog.german'::regconfig
        when 'deu' then 'pg_catalog.german'::regconfig
        when 'ger' then 'pg_catalog.german'::regconfig
        else 'pg_catalog.simple'::regconfig
    end;

-- tags as one text for to_tsvector (array_to_string itself is only STABLE: it could format any element type)
create function claimdesk_words(words text[]) returns text
    language sql immutable parallel safe
    return array_to_string(words, ' ');
--rollback drop function claimdesk_words(text[]); drop function claimdesk_ts_config(text);

--changeset claimdesk:2026-11-28-12-search-columns
-- Claims, sources and passages have no language of their own: they take the language of the article the
-- claim was first cut from (copied when the row is created; null means 'simple').
alter table claim add column language varchar(35);
update claim c
   set language = (select a.language from appearance ap join article a on a.id = ap.article_id
                    where ap.claim_id = c.id order by ap.id limit 1);
alter table source add column language varchar(35);
update source s
   set language = (select c.language from claim_source cs join claim c on c.id = cs.claim_id
                    where cs.source_id = s.id order by cs.added_at, cs.claim_id limit 1);
alter table claim_source add column language varchar(35);
update claim_source cs set language = c.language from claim c where c.id = cs.claim_id;

-- search vectors kept current by the database. Weights: A what the item is called (title, statement),
-- B its labels, C who (publisher, claimant, author), D the body. An article's text is indexed up to its
-- first 200,000 characters: a tsvector holds at most 1 MB, and no news article is that long.
alter table article add column search tsvector generated always as (
    setweight(to_tsvector(claimdesk_ts_config(language), title), 'A')
    || setweight(to_tsvector(claimdesk_ts_config(language), coalesce(publisher, '') || ' ' || coalesce(byline, '')), 'C')
    || setweight(to_tsvector(claimdesk_ts_config(language), left(text, 200000)), 'D')) stored;
alter table claim add column search tsvector generated always as (
    setweight(to_tsvector(claimdesk_ts_config(language), statement), 'A')
    || setweight(to_tsvector(claimdesk_ts_config(language), claimdesk_words(tags)), 'B')
    || setweight(to_tsvector(claimdesk_ts_config(language), coalesce(claimant, '')), 'C')) stored;
alter table source add column search tsvector generated always as (
    setweight(to_tsvector(claimdesk_ts_config(language), title), 'A')
    || setweight(to_tsvector(claimdesk_ts_config(language), coalesce(publisher, '')), 'B')
    || setweight(to_tsvector(claimdesk_ts_config(language), coalesce(author, '')), 'C')) stored;
alter table claim_source add column search tsvector generated always as (
    setweight(to_tsvector(claimdesk_ts_config(language), coalesce(passage, '')), 'D')) stored;

create index article_search_idx on article using gin (search);
create index claim_search_idx on claim using gin (search);
create index source_search_idx on source using gin (search);
create index claim_source_search_idx on claim_source using gin (search);
--rollback drop index claim_source_search_idx; drop index source_search_idx; drop index claim_search_idx; drop index article_search_idx;
--rollback alter table claim_source drop column search; alter table source drop column search; alter table claim drop column search; alter table article drop column search;
--rollback alter table claim_source drop column language; alter table source drop column language; alter table claim drop column language;

--changeset claimdesk:2026-11-28-12-claim-merge
-- "Mark as duplicate": the duplicate stays as a record (its discussion and history stay readable) and
-- points at the claim it was merged into; its appearances move there. Each merge keeps what undoing it
-- needs: which appearances moved, which sources and tags the canonical claim gained.
alter table claim add column merged_into bigint references claim (id);
create index claim_merged_into_idx on claim (merged_into) where merged_into is not null;
create table claim_merge (
    id                    bigint        generated always as identity primary key,
    public_id             uuid          not null default gen_random_uuid() unique,
    duplicate_id          bigint        not null references claim (id) on delete cascade,
    canonical_id          bigint        not null references claim (id) on delete cascade,
    moved_appearance_ids  bigint[]      not null default '{}',
    added_source_ids      bigint[]      not null default '{}',
    added_tags            text[]        not null default '{}',
    merged_by             bigint        references user_account (id),
    merged_at             timestamptz   not null,
    undone_by             bigint        references user_account (id),
    undone_at             timestamptz,
    check (duplicate_id <> canonical_id),
    check (undone_by is null or undone_at is not null)
);
-- a claim is merged into at most one other at a time
create unique index claim_merge_active_key on claim_merge (duplicate_id) where undone_at is null;
create index claim_merge_canonical_idx on claim_merge (canonical_id, merged_at desc);
comment on table claim_merge is 'Claims marked as duplicates of another; undone merges stay with undone_at';
--rollback drop table claim_merge; drop index claim_merged_into_idx; alter table claim drop column merged_into;
