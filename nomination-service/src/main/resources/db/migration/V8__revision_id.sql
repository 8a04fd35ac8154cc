-- A revision gets an id of its own, so that POST /api/v1/nominations/{id}/revisions can honour an Idempotency-Key as
-- every creating POST does (the key's row names the resource it created).
alter table nomination_revision add column id uuid;
update nomination_revision set id = gen_random_uuid() where id is null;
alter table nomination_revision alter column id set not null;
create unique index nomination_revision_id on nomination_revision (id);
