--liquibase formatted sql

--changeset claimdesk:2026-11-28-11-external-review
-- a verdict imported from another fact-checker's ClaimReview, kept with the claim it became;
-- review_url_key (the address without scheme, "www.", fragment, tracking parameters or trailing slash)
-- recognises the same review when it comes again
create table external_review (
    id                    bigint        generated always as identity primary key,
    public_id             uuid          not null default gen_random_uuid() unique,
    claim_id              bigint        not null references claim (id) on delete cascade,
    fact_checker          text,
    fact_checker_url      text,
    review_url            text          not null,
    review_url_key        text          not null check (length(review_url_key) > 0),
    review_date           date,
    rating_label          text,
    rating_label_key      text          not null default '',
    rating_value          numeric,
    best_rating           numeric,
    worst_rating          numeric,
    mapped_rating_id      bigint        references rating (id),
    mapped_by             varchar(16)   not null check (mapped_by in
                              ('EDITED_MAPPING', 'SITE_LABEL', 'KNOWN_LABEL', 'RATING_VALUE', 'NOT_RECOGNISED')),
    appearance_urls       text[]        not null default '{}',
    first_appearance_url  text,
    imported_by           bigint        references user_account (id),
    imported_at           timestamptz   not null,
    raw_json              jsonb         not null
);
-- unique by digest: an address may be longer than a b-tree entry may be
create unique index external_review_url_key_idx on external_review (md5(review_url_key));
create index external_review_claim_idx on external_review (claim_id);
-- a hash index: labels can be sentences longer than a b-tree entry may be
create index external_review_label_idx on external_review using hash (rating_label_key);

-- what other fact-checkers' verdict labels mean on the desk's scale: a label (compared without case, accents
-- or punctuation) on one reviewing site, or on any site when publisher_site is ''; no rating = the label
-- names no verdict. Filled from the bundled x-fact label maps on first use; editors change it.
create table verdict_label_mapping (
    id              bigint        generated always as identity primary key,
    label_key       text          not null check (length(label_key) > 0),
    publisher_site  varchar(253)  not null default '',
    rating_id       bigint        references rating (id),
    edited          boolean       not null default false,
    updated_by      bigint        references user_account (id),
    updated_at      timestamptz   not null
);
-- some sites' "labels" are whole sentences, longer than a b-tree entry may be: unique by their digest
create unique index verdict_label_mapping_key_idx on verdict_label_mapping (publisher_site, md5(label_key));
--rollback drop table verdict_label_mapping; drop table external_review;
