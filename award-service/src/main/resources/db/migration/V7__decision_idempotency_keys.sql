-- Idempotency-Key of POST /api/v1/decisions, per caller: a retry returns the decision the first request created.
create table idempotency_key (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64) not null,
    decision_id     uuid references award_decision (id),
    created_at      timestamp with time zone not null,
    primary key (caller, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
