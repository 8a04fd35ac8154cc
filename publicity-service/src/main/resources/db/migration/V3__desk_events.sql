-- The live desk's log: every change of a feature, in order. The SSE stream resumes from an id (Last-Event-ID).
create table desk_event (
    id           bigint generated always as identity primary key,
    feature_id   uuid not null references feature (id),
    action       varchar(60) not null,
    status       varchar(20) not null,
    title        varchar(500) not null,
    actor        varchar(200) not null,
    occurred_at  timestamp with time zone not null
);
