-- Households (hộ gia đình) as recipients: a title of the catalogue may go to them when award-service's
-- award-type.published.v1 names HOUSEHOLD among its recipientKinds. Titles published before that never did.
alter table award_title add column for_households boolean not null default false;
alter table award_title alter column for_households drop default;
