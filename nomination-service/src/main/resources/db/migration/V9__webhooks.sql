-- Webhooks for agency portals: endpoints, the events they are sent, and the HTTP outbox of deliveries with the log
-- of every attempt. A timeline change writes its event and deliveries in its own transaction; the dispatcher sends
-- them afterwards (WebhookDispatcher).

create table webhook_endpoint (
    id                         uuid primary key,
    agency_code                varchar(50) not null,
    url                        varchar(2000) not null,
    -- status names of the timeline steps delivered; empty: every step
    event_types                text[] not null,
    description                varchar(500),
    -- whsec_ + base64 of the key, in clear: every delivery is signed with it
    secret                     varchar(100) not null,
    previous_secret            varchar(100),
    previous_secret_expires_at timestamp with time zone,
    secret_rotated_at          timestamp with time zone,
    enabled                    boolean not null,
    failing_since              timestamp with time zone,
    created_at                 timestamp with time zone not null,
    created_by                 varchar(200) not null,
    updated_at                 timestamp with time zone not null
);
-- GET /api/v1/webhooks for an agency (newest first), and the endpoints of a nomination's agency at each step
create index webhook_endpoint_by_agency on webhook_endpoint (agency_code, created_at desc, id);
-- GET /api/v1/webhooks for an admin
create index webhook_endpoint_by_created on webhook_endpoint (created_at desc, id);

create table webhook_event (
    id            uuid primary key,
    event_type    varchar(100) not null,
    -- checked at commit: the event may be inserted before the nomination it reports in the same flush
    nomination_id uuid not null references nomination (id) deferrable initially deferred,
    agency_code   varchar(50) not null,
    step          varchar(20) not null,
    occurred_at   timestamp with time zone not null,
    -- the whole CloudEvent as sent and signed
    body          text not null
);

create table webhook_delivery (
    id                   uuid primary key,
    event_id             uuid not null references webhook_event (id),
    endpoint_id          uuid not null references webhook_endpoint (id) on delete cascade,
    status               varchar(20) not null,
    created_at           timestamp with time zone not null,
    attempt_count        integer not null,
    next_attempt_at      timestamp with time zone,
    locked_until         timestamp with time zone,
    window_started_at    timestamp with time zone,
    last_attempt_at      timestamp with time zone,
    last_response_status integer,
    last_error           varchar(500),
    delivered_at         timestamp with time zone,
    unique (event_id, endpoint_id)
);
-- the dispatcher's claim: due rows only, the longest due first
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- GET /api/v1/webhooks/{id}/deliveries, newest first, without and with ?status=
create index webhook_delivery_by_endpoint on webhook_delivery (endpoint_id, created_at desc, id);
create index webhook_delivery_by_endpoint_status on webhook_delivery (endpoint_id, status, created_at desc, id);

create table webhook_attempt (
    delivery_id     uuid not null references webhook_delivery (id) on delete cascade,
    attempt_number  integer not null,
    started_at      timestamp with time zone not null,
    duration_ms     bigint not null,
    response_status integer,
    error           varchar(500),
    next_attempt_at timestamp with time zone,
    primary key (delivery_id, attempt_number)
);
