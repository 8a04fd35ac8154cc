-- award.blocked.v1 / award.unblocked.v1: award-service could not draft the award of an approved nomination (its title
-- is not in the catalogue, not for this kind of nominee, or not priced), and later drafted it under the agency's
-- corrected title. One row per nomination, kept whether or not its feature exists yet (the two topics are not ordered
-- against each other), so that a draft opened later is blocked too, or takes the corrected title. While unblocked_at
-- is null the story may not go out. A new block (the corrected title did not fit either) updates the row.
create table award_block (
    nomination_id         uuid primary key,
    -- the title that could not become an award, and why, as award-service said it (English and Vietnamese); null
    -- only when the unblock is all this service heard (its block went to the dead letters): the row then keeps the
    -- unblock, so that a block redriven later is recognised as older and ignored
    award_code            varchar(100),
    reason                text,
    reason_vi             text,
    blocked_at            timestamp with time zone,
    unblocked_at          timestamp with time zone,
    -- the corrected title award-service drafted the award under (award.unblocked.v1), for a draft opened later
    corrected_award_code  varchar(100),
    corrected_award_name  varchar(300)
);
