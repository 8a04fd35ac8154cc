-- traditional-day.published.v1 from award-service (on award.catalogue): the sectors' traditional days, one row per
-- day, the highest revision kept. A story without a ceremony is suggested for its sector's next day; until the first
-- day arrives (an empty table) every story falls back to 11 June (PublishSuggestion).
create table traditional_day (
    code               varchar(40) primary key,
    name_vi            varchar(200) not null,
    month_of_year      integer not null,
    day_of_month       integer not null,
    sectors            varchar(400) not null,      -- Sector names, comma-separated; empty: no sector's
    families_day       boolean not null,
    every_other_sector boolean not null,
    revision           bigint not null,
    published_at       timestamp with time zone not null,
    received_at        timestamp with time zone not null
);
