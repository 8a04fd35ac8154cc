-- The award catalogue as award-service publishes it (award-type.published.v1 on award.catalogue): a read model, written
-- only by its consumer, that intake checks a proposed title against and GET /api/v1/award-types lists.
create table award_title (
    code            varchar(60) primary key,
    name_vi         varchar(300) not null,
    name_en         varchar(300) not null,
    for_individuals boolean not null,
    for_collectives boolean not null,
    revision        bigint not null,
    published_at    timestamp with time zone not null
);

-- Who grants a title at which nomination level, for decisions dated in [valid_from, valid_to] (null: in force)
create table award_title_grant (
    award_code        varchar(60) not null references award_title (code) on delete cascade,
    level             varchar(20) not null,
    authority         varchar(40) not null,
    authority_name_vi varchar(200) not null,
    valid_from        date not null,
    valid_to          date,
    primary key (award_code, level, authority, valid_from)
);
-- GET /api/v1/award-types?level=…: the titles with a grant at a level
create index award_title_grant_by_level on award_title_grant (level, award_code);
