-- Who changed what, written in the same transaction as the change.
create table audit_entry (
    id             uuid primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200) not null,
    actor_role     varchar(40) not null,
    agency_code    varchar(50),
    action         varchar(100) not null,
    resource_type  varchar(60) not null,
    resource_id    varchar(100) not null,
    detail         text
);
create index audit_entry_time on audit_entry (occurred_at desc, id);
create index audit_entry_resource on audit_entry (resource_type, resource_id, occurred_at desc);
create index audit_entry_actor on audit_entry (actor, occurred_at desc);
