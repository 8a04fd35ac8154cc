create table review_case (
    id                  uuid primary key,
    nomination_id       uuid not null,
    nomination_revision integer not null,
    round               integer not null,
    agency_code         varchar(50) not null,
    nominee_name        varchar(200) not null,
    nominee_kind        varchar(20) not null,
    level               varchar(20) not null,
    sector              varchar(40) not null,
    proposed_award      varchar(60) not null,
    nomination_snapshot text not null,
    status              varchar(20) not null,
    outcome             varchar(20),
    reason              text,
    decided_by          varchar(200),
    decided_at          timestamp with time zone,
    decision_date       date,
    opened_at           timestamp with time zone not null,
    version             bigint not null,
    unique (nomination_id, round)
);
create index review_case_status on review_case (status, opened_at, id);
