-- Issue 4: versioned criteria per target group, evidence and attachments, nominee search, duplicate guard,
-- withdrawal (a status value only: status is varchar).

-- Contains-search on the accent-folded nominee name ("mai" finds "Lò Thị Mai") needs a trigram index: a btree serves
-- only prefixes. pg_trgm ships with PostgreSQL's contrib and is a trusted extension (PostgreSQL 13+).
create extension if not exists pg_trgm;

-- A period for thematic movements that run several years, and the preliminary (sơ kết) and final (tổng kết) reviews.
alter table movement
    add column period_from_year      integer,
    add column period_to_year        integer,
    add column preliminary_review_on date,
    add column final_review_on       date,
    add column criteria_version      integer not null default 0;
alter table movement alter column criteria_version drop default;

-- Versions are immutable: a nomination stays bound to the version it was judged against. Version 0 is the empty set
-- every movement starts with.
create table movement_criteria_version (
    id          uuid primary key,
    movement_id uuid not null references movement (id),
    version     integer not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    unique (movement_id, version)
);
insert into movement_criteria_version (id, movement_id, version, created_at, created_by)
select gen_random_uuid(), id, 0, created_at, 'migration' from movement;

create table movement_criterion (
    criteria_version_id uuid not null references movement_criteria_version (id),
    position            integer not null,
    target_group        varchar(30) not null,
    code                varchar(30) not null,
    description         varchar(2000) not null,
    weight              numeric(5, 2) not null,
    required            boolean not null,
    primary key (criteria_version_id, position),
    unique (criteria_version_id, target_group, code)
);

-- The same folding as VietnameseText.fold in Java, for the rows written before this migration (stored text is NFC).
create function pg_temp.fold(text) returns text language sql immutable as $$
    select btrim(regexp_replace(lower(translate($1,
        'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')),
        '\s+', ' ', 'g'))
$$;

alter table nomination
    add column criteria_version    integer not null default 0,
    add column nominee_name_folded varchar(200),
    add column duplicate_key       varchar(600),
    add column duplicate_of        uuid references nomination (id);
update nomination set
    nominee_name_folded = pg_temp.fold(nominee_name),
    duplicate_key = case nominee_kind
        when 'COLLECTIVE' then 'C|' || pg_temp.fold(nominee_name) || '|' || pg_temp.fold(nominee_organization)
        else 'I|' || pg_temp.fold(nominee_name) || '|' || coalesce(nominee_birth_year::text, '') end;
alter table nomination
    alter column criteria_version drop default,
    alter column nominee_name_folded set not null,
    alter column duplicate_key set not null,
    add constraint nomination_criteria_version_fk foreign key (movement_id, criteria_version)
        references movement_criteria_version (movement_id, version);

create table nomination_evidence (
    nomination_id  uuid not null references nomination (id),
    position       integer not null,
    criterion_code varchar(30) not null,
    evidence       text not null,
    primary key (nomination_id, position)
);

create table nomination_attachment (
    nomination_id uuid not null references nomination (id),
    position      integer not null,
    name          varchar(255) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    url           varchar(2000) not null,
    primary key (nomination_id, position)
);

-- The list's filters, each leading an index that also yields the list order (submitted_at desc, id).
create index nomination_name_folded_trgm on nomination using gin (nominee_name_folded gin_trgm_ops);
create index nomination_agency_movement on nomination (agency_code, movement_id, submitted_at desc, id);
create index nomination_level on nomination (level, submitted_at desc, id);
create index nomination_sector on nomination (sector, submitted_at desc, id);
-- the duplicate guard's lookup
create index nomination_duplicate on nomination (movement_id, duplicate_key);
