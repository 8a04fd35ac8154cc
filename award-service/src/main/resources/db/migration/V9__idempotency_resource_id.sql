-- The Idempotency-Key table is read and written by the shared idempotency module, for any kind of resource. The key
-- row now names the decision when it is claimed, before the decision row is written in the same transaction: the
-- foreign key is checked at commit.
alter table idempotency_key rename column decision_id to resource_id;
alter table idempotency_key drop constraint idempotency_key_decision_id_fkey;
alter table idempotency_key add constraint idempotency_key_resource_id_fkey
    foreign key (resource_id) references award_decision (id) deferrable initially deferred;
