-- What award-service last published of each catalogue entry (award-type.published.v1 on award.catalogue): a digest of
-- the entry's content, so a start publishes only the entries that changed (a migration that edits a title or who may
-- grant it), and the revision readers keep the highest of.
create table catalogue_publication (
    award_code     varchar(60) primary key references award_type (code),
    revision       bigint not null,
    content_sha256 varchar(64) not null,
    published_at   timestamp with time zone not null
);
