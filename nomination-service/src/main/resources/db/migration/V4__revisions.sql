-- Every revision of a nomination as sent to the council: an amendment after a return never rewrites an earlier one.
create table nomination_revision (
    nomination_id uuid not null references nomination (id),
    revision      integer not null,
    submitted_at  timestamp with time zone not null,
    submitted_by  varchar(200) not null,
    change_note   text,
    content       jsonb not null,
    primary key (nomination_id, revision)
);
-- nominations submitted before revisions were kept: their current content is revision 1
insert into nomination_revision (nomination_id, revision, submitted_at, submitted_by, change_note, content)
select n.id, n.revision, n.submitted_at, coalesce(t.actor, 'unknown'), null,
       jsonb_build_object('nominationId', n.id, 'revision', n.revision, 'agencyCode', n.agency_code,
                          'movementId', n.movement_id, 'level', n.level, 'sector', n.sector,
                          'proposedAward', n.proposed_award, 'achievements', n.achievements,
                          'goodPractices', n.good_practices, 'publicityConsent', n.publicity_consent,
                          'submittedAt', n.submitted_at, 'migrated', true)
from nomination n
left join lateral (select actor from nomination_timeline t where t.nomination_id = n.id and t.status = 'SUBMITTED'
                   order by occurred_at limit 1) t on true;
