-- The secretary's queue filters by movement: the movement of each case, out of the snapshot it already keeps;
-- a member's desk lists the meetings still voting.
alter table review_case add column movement_id uuid;
alter table review_case add column movement_name text;
update review_case
   set movement_id = (nomination_snapshot::jsonb ->> 'movementId')::uuid,
       movement_name = nomination_snapshot::jsonb ->> 'movementName';
create index review_case_movement on review_case (movement_id, opened_at desc, id);
create index review_case_level_sector on review_case (level, sector, opened_at desc, id);
create index review_meeting_status on review_meeting (status, held_on, id);
