create table movement (
    id            uuid primary key,
    code          varchar(50) not null unique,
    name          varchar(300) not null,
    kind          varchar(20) not null,
    level         varchar(20) not null,
    year          integer not null,
    organizer     varchar(300),
    sector        varchar(40),
    created_at    timestamp with time zone not null
);
create index movement_year on movement (year desc, code);

create table nomination (
    id                  uuid primary key,
    movement_id         uuid not null references movement (id),
    agency_code         varchar(50) not null,
    revision            integer not null,
    nominee_kind        varchar(20) not null,
    nominee_name        varchar(200) not null,
    nominee_gender      varchar(10),
    nominee_birth_year  integer,
    nominee_ethnicity   varchar(60),
    nominee_position    varchar(200),
    nominee_organization varchar(300) not null,
    nominee_target_group varchar(30) not null,
    nominee_member_count integer,
    level               varchar(20) not null,
    sector              varchar(40) not null,
    proposed_award      varchar(60) not null,
    achievements        text not null,
    good_practices      text,
    publicity_consent   boolean not null,
    status              varchar(30) not null,
    submitted_at        timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null
);
create index nomination_agency_submitted on nomination (agency_code, submitted_at desc, id);
create index nomination_movement on nomination (movement_id, submitted_at desc, id);
create index nomination_status on nomination (status, submitted_at desc, id);

create table nomination_timeline (
    id             uuid primary key,
    nomination_id  uuid not null references nomination (id),
    status         varchar(30) not null,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200) not null,
    note           text,
    source_event_id uuid unique
);
create index nomination_timeline_nomination on nomination_timeline (nomination_id, occurred_at);
