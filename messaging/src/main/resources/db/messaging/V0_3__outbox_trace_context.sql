-- The W3C trace context of the transaction that wrote the event: the relay sends it on as Kafka headers, so one
-- nomination's journey through the four services is one trace.
alter table outbox_event add column trace_parent varchar(55);
alter table outbox_event add column trace_state varchar(512);
