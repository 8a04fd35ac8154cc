-- The Idempotency-Key table is read and written by the shared idempotency module, for any kind of resource.
alter table idempotency_key rename column nomination_id to resource_id;
