-- The answer of POST /api/v1/nominations/batch sent with an Idempotency-Key: a retry with the same key and body is
-- answered with it (the per-item results, in the language they were told in) and submits nothing again. Its id is the
-- resource_id of the key's idempotency_key row.
create table nomination_batch_answer (
    id         uuid primary key,
    results    text not null,
    language   varchar(10) not null,
    created_at timestamp with time zone not null
);
