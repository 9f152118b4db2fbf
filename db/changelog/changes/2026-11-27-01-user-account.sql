--liquibase formatted sql

--changeset claimdesk:2026-11-27-01-user-account
create table user_account (
    id                 bigint generated always as identity primary key,
    public_id          uuid         not null default gen_random_uuid() unique,
    username           varchar(64)  not null,
    display_name       varchar(200) not null,
    email              varchar(320),
    password_hash      varchar(200) not null,
    role               varchar(16)  not null check (role in ('VIEWER', 'REVIEWER', 'EDITOR', 'ADMIN')),
    active             boolean      not null default true,
    failed_sign_ins    integer      not null default 0 check (failed_sign_ins >= 0),
    locked_until       timestamptz,
    last_sign_in_at    timestamptz,
    created_at         timestamptz  not null,
    version            bigint       not null default 0
);
create unique index user_account_username_key on user_account (lower(username));
create unique index user_account_email_key on user_account (lower(email)) where email is not null;
comment on table user_account is 'People who sign in to ClaimDesk, with their role and sign-in throttling state';
--rollback drop table user_account;
