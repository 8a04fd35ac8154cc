-- award-service's catalogue as it publishes it (award-type.published.v1 on award.catalogue, compacted, keyed by the
-- award code): a read model written only by its consumer, so that a vote rule can only be set for a title that
-- exists. The rules seeded before it arrived are not checked against it.
create table award_catalogue (
    code          varchar(60) primary key,
    name_vi       varchar(300) not null,
    name_en       varchar(300) not null,
    revision      bigint not null,
    published_at  timestamp with time zone not null
);

-- A rule's row counts its changes (a correction of a period, an end set by a later period); the old values and the
-- reason are in the audit trail. ended_by names the period whose PUT ended this open-ended one, so that withdrawing
-- that period gives its days back.
alter table vote_rule add column revision integer not null default 1;
alter table vote_rule add column ended_by uuid references vote_rule (id) on delete set null;

-- The rule a ballot opened under, so that a period a ballot used is never withdrawn (a ballot opened before this
-- column has none: its title, level and meeting day stand for it). The key also refuses a withdrawal that races a
-- ballot being opened.
alter table review_ballot add column vote_rule_id uuid references vote_rule (id);
create index review_ballot_vote_rule on review_ballot (vote_rule_id);
