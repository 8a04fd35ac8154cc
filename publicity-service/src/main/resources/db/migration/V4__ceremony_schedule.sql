-- ceremony.scheduled.v1: one row per nomination (the award's ceremony); the latest event wins. It may arrive before
-- the feature exists, and is applied when the feature is drafted.
create table ceremony_schedule (
    nomination_id  uuid primary key,
    ceremony_id    uuid not null,
    award_id       uuid,
    name           varchar(300) not null,
    occasion       varchar(40) not null,
    ceremony_date  date,
    starts_at      timestamp with time zone,
    place          varchar(300),
    cancelled      boolean not null,
    scheduled_at   timestamp with time zone not null,
    received_at    timestamp with time zone not null
);

-- the suggested publish date: the ceremony's date, else the sector's next traditional day after the award
alter table feature add column suggested_publish_date date;
alter table feature add column suggestion_basis varchar(20);
alter table feature add column suggestion_note varchar(500);
alter table feature add column ceremony_id uuid;

-- the live desk shows the suggestion and what a system change was about
alter table desk_event add column suggested_publish_date date;
alter table desk_event add column detail varchar(500);
