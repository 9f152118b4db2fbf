--liquibase formatted sql

--changeset claimdesk:2026-11-28-05-audit
-- every change to the desk's records: who, when, what, and the values before and after
create table audit_entry (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(64)  not null,
    entity_type   varchar(40)  not null,
    entity_id     varchar(64)  not null,
    action        varchar(40)  not null,
    before_value  jsonb,
    after_value   jsonb
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
comment on table audit_entry is 'Append-only audit trail; a trigger refuses UPDATE, DELETE and TRUNCATE';
--rollback drop table audit_entry;

--changeset claimdesk:2026-11-28-05-audit-append-only splitStatements:false
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
--rollback drop trigger audit_entry_no_truncate on audit_entry; drop trigger audit_entry_no_update_or_delete on audit_entry; drop function audit_entry_refuse_change();
