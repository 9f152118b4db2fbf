--liquibase formatted sql

--changeset claimdesk:2026-11-28-07-notification
-- what someone should know about: a claim given to them, their verdict decided, a mention, a due date
create table notification (
    id               bigint generated always as identity primary key,
    public_id        uuid         not null default gen_random_uuid() unique,
    recipient_id     bigint       not null references user_account (id) on delete cascade,
    kind             varchar(20)  not null check (kind in ('ASSIGNED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED',
                                                           'MENTIONED', 'DUE_SOON', 'OVERDUE')),
    claim_public_id  uuid         not null references claim (public_id) on delete cascade,
    subject          text         not null check (length(subject) between 1 and 300),
    actor_id         bigint       references user_account (id) on delete set null,
    detail           text,
    due_on           date,
    created_at       timestamptz  not null,
    read_at          timestamptz
);
-- the bell: a person's unread count, and their newest notifications
create index notification_unread_idx on notification (recipient_id, created_at desc) where read_at is null;
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
create index notification_claim_idx on notification (claim_public_id);
-- a due-date reminder is stored once per person, claim, kind and due date, however often it is sent
create unique index notification_reminder_once_key on notification (recipient_id, kind, claim_public_id, due_on)
    where kind in ('DUE_SOON', 'OVERDUE');
comment on table notification is 'In-app notifications for one person each; not audited (they are not business changes)';
--rollback drop table notification;
