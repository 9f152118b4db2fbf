--liquibase formatted sql

--changeset claimdesk:2026-11-28-04-rating
-- the configurable rating scale; rating_value is ClaimReview's ratingValue (1 worst .. 5 best),
-- null where a label is not a point on that scale (Unverifiable)
create table rating (
    id            bigint generated always as identity primary key,
    code          varchar(32)   not null unique check (code ~ '^[A-Z_]+$'),
    label         varchar(80)   not null check (length(btrim(label)) > 0),
    description   text          not null check (length(btrim(description)) > 0),
    rating_value  integer       check (rating_value between 1 and 5),
    colour        char(7)       not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    position      integer       not null,
    version       bigint        not null default 0
);
insert into rating (code, label, description, rating_value, colour, position) values
  ('TRUE',         'True',         'The statement is accurate and nothing significant is missing.', 5, '#1b7f3b', 1),
  ('MOSTLY_TRUE',  'Mostly true',  'The statement is accurate but needs clarification or additional information.', 4, '#5c9e31', 2),
  ('MIXED',        'Mixed',        'The statement is partially accurate but leaves out important details or takes things out of context.', 3, '#c9a400', 3),
  ('MOSTLY_FALSE', 'Mostly false', 'The statement contains an element of truth but ignores critical facts that would give a different impression.', 2, '#d9731a', 4),
  ('FALSE',        'False',        'The statement is not accurate.', 1, '#c62828', 5),
  ('MISLEADING',   'Misleading',   'The facts are accurate but presented so that they leave a false impression.', 2, '#8e44ad', 6),
  ('UNVERIFIABLE', 'Unverifiable', 'The available evidence does not allow the statement to be proven or disproven.', null, '#607d8b', 7);
--rollback drop table rating;

--changeset claimdesk:2026-11-28-04-verdict
-- a rating, a rationale (Markdown) and the sources it rests on; one current verdict per claim
create table verdict (
    id            bigint generated always as identity primary key,
    claim_id      bigint        not null unique references claim (id) on delete cascade,
    rating_id     bigint        not null references rating (id),
    rationale     text          not null check (length(btrim(rationale)) > 0),
    proposed_by   bigint        references user_account (id),
    proposed_at   timestamptz   not null,
    version       bigint        not null default 0
);
create table verdict_source (
    verdict_id    bigint        not null references verdict (id) on delete cascade,
    source_id     bigint        not null references source (id),
    primary key (verdict_id, source_id)
);
--rollback drop table verdict_source; drop table verdict;
