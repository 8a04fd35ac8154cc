-- The timeline records more than status steps: what happened to the nomination's award and press story on the way
-- (TimelineEvent). Such an entry keeps the nomination's status; its status column is the status at that moment.
alter table nomination_timeline add column event varchar(30);

-- An approved nomination whose award award-service cannot draft (award.blocked.v1): why, until the agency corrects the
-- title (cleared then, while award-service tries again) or award-service reports the award drafted (award.unblocked.v1).
-- All three are null while nothing is blocked.
alter table nomination add column award_block_cause varchar(30);
-- in Vietnamese, as award-service said it (reasonVi): the agency reads it on its page
alter table nomination add column award_block_reason text;
alter table nomination add column award_blocked_at timestamp with time zone;

-- the webhook event names the timeline event it reports (null for a status step), for the delivery log
alter table webhook_event add column event varchar(30);
