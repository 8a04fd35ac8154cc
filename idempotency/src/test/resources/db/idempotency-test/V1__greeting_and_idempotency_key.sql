-- The test application's own tables: what its POST creates, and the Idempotency-Key table in the shape every
-- service's migrations give it.
create table greeting (
    id    uuid primary key,
    text  varchar(200) not null
);

create table idempotency_key (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64) not null,
    resource_id     uuid,
    created_at      timestamp with time zone not null,
    primary key (caller, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
