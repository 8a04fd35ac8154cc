-- the same columns as nomination-service's nomination row, so both persist the same document
create table nomination_document (
    id                  uuid primary key,
    movement_id         uuid not null,
    agency_code         varchar(50) not null,
    nominee_kind        varchar(20) not null,
    nominee_name        varchar(200) not null,
    nominee_gender      varchar(10),
    nominee_birth_year  integer,
    nominee_ethnicity   varchar(60),
    nominee_position    varchar(200),
    nominee_organization varchar(300) not null,
    nominee_target_group varchar(30) not null,
    level               varchar(20) not null,
    sector              varchar(40) not null,
    proposed_award      varchar(60) not null,
    achievements        text not null,
    good_practices      text,
    publicity_consent   boolean not null,
    status              varchar(30) not null,
    submitted_at        timestamp with time zone not null
);
