-- Editorial workflow: draft → in review → approved → scheduled → published; corrections; kills (tombstones).
alter table feature add column assignee varchar(200);
alter table feature add column scheduled_for timestamp with time zone;
alter table feature add column killed_at timestamp with time zone;
alter table feature add column kill_reason text;

drop index feature_published;
-- the feeds list what is or was public: published stories and the tombstones of killed ones
create index feature_feed on feature (published_at desc, id) where status in ('PUBLISHED', 'KILLED');
create index feature_feed_sector on feature (sector, published_at desc, id) where status in ('PUBLISHED', 'KILLED');
create index feature_scheduled on feature (scheduled_for) where status = 'SCHEDULED';

-- every edit keeps the text it replaced
create table feature_revision (
    id          uuid primary key,
    feature_id  uuid not null references feature (id),
    version     bigint not null,
    title       varchar(500) not null,
    summary     text not null,
    body        text not null,
    edited_by   varchar(200) not null,
    edited_at   timestamp with time zone not null,
    note        text
);
create index feature_revision_feature on feature_revision (feature_id, edited_at);

create table feature_comment (
    id          uuid primary key,
    feature_id  uuid not null references feature (id),
    author      varchar(200) not null,
    body        text not null,
    created_at  timestamp with time zone not null
);
create index feature_comment_feature on feature_comment (feature_id, created_at);

-- corrections to a published story are shown with it
create table feature_correction (
    id            uuid primary key,
    feature_id    uuid not null references feature (id),
    note          text not null,
    corrected_by  varchar(200) not null,
    corrected_at  timestamp with time zone not null
);
create index feature_correction_feature on feature_correction (feature_id, corrected_at);
