create table feature (
    id                 uuid primary key,
    nomination_id      uuid not null unique,
    review_case_id     uuid not null,
    slug               varchar(200) not null unique,
    title              varchar(500) not null,
    summary            text not null,
    body               text not null,
    status             varchar(20) not null,
    nominee_kind       varchar(20) not null,
    nominee_name       varchar(200) not null,
    organization       varchar(300) not null,
    sector             varchar(40) not null,
    level              varchar(20) not null,
    movement_name      varchar(300) not null,
    publicity_consent  boolean not null,
    nomination_snapshot text not null,
    award_name         varchar(300),
    decision_number    varchar(40),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    published_at       timestamp with time zone,
    version            bigint not null
);
create index feature_published on feature (published_at desc, id) where status = 'PUBLISHED';
create index feature_status on feature (status, updated_at desc, id);

-- Awards granted to nominations; award.granted.v1 may arrive before or after the approval that opens the feature.
create table granted_award (
    nomination_id    uuid primary key,
    award_name       varchar(300) not null,
    decision_number  varchar(40) not null,
    decision_date    date not null,
    received_at      timestamp with time zone not null
);
