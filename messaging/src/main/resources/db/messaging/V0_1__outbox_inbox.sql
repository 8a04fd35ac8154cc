-- Outbox: written in the same transaction as the state change it announces.
-- "position" is assigned by the database at insert time; the relay publishes in that order.
create table outbox_event (
    id            uuid primary key,
    position      bigint generated always as identity unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(200) not null,
    subject       varchar(200),
    occurred_at   timestamp with time zone not null,
    payload       text not null,
    published_at  timestamp with time zone
);
-- the relay only ever scans unpublished rows in position order
create index outbox_event_unpublished on outbox_event (position) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Inbox: the ids of events whose effect is committed; inserted in the same transaction as the effect.
create table processed_event (
    event_id      uuid primary key,
    event_type    varchar(200) not null,
    topic         varchar(200) not null,
    processed_at  timestamp with time zone not null default now()
);
