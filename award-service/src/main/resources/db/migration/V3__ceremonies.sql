-- Honouring ceremonies (lễ tôn vinh, trao thưởng): at annual or movement reviews and on sectors' traditional days.
-- Awards attach to at most one ceremony; each attachment, reschedule or cancellation sends ceremony.scheduled.v1.
create table ceremony (
    id            uuid primary key,
    name          varchar(300) not null,
    occasion      varchar(40) not null,
    ceremony_date date not null,
    start_time    time,                   -- local time in Việt Nam; null while only the day is known
    place         varchar(300) not null,
    sector        varchar(40),            -- null: a ceremony for every sector
    status        varchar(20) not null,   -- SCHEDULED, CANCELLED
    cancel_reason varchar(2000),
    created_at    timestamp with time zone not null,
    created_by    varchar(200) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null,
    constraint ceremony_status check (status in ('SCHEDULED', 'CANCELLED')),
    constraint ceremony_occasion check (occasion in ('ANNUAL_REVIEW', 'MOVEMENT_REVIEW', 'PATRIOTIC_EMULATION_DAY',
        'TEACHERS_DAY', 'DOCTORS_DAY', 'YOUTH_UNION_DAY', 'FAMILY_DAY', 'OTHER')),
    constraint ceremony_cancelled_has_reason check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index ceremony_by_date on ceremony (ceremony_date, id);
create index ceremony_by_status_date on ceremony (status, ceremony_date, id);

-- An award is presented at one ceremony at most: award_id is the key.
create table ceremony_award (
    award_id    uuid primary key references award (id),
    ceremony_id uuid not null references ceremony (id),
    attached_at timestamp with time zone not null,
    attached_by varchar(200) not null
);
create index ceremony_award_by_ceremony on ceremony_award (ceremony_id, attached_at, award_id);
