-- Council approvals that could not become a draft award (award.blocked.v1): the proposed title is not in the
-- catalogue, is not given to this kind of nominee, or no reward rule prices it on the council's decision date. The
-- approval is kept whole, so that a title correction (nomination.title-corrected.v1) can draft it again; once that
-- works the row stays, resolved, with the award it became (award.unblocked.v1). One row per nomination.
create table blocked_approval (
    nomination_id         uuid primary key,
    case_id               uuid not null,
    -- the title of the last attempt; no reference to award_type: an unknown title is one of the causes
    award_code            varchar(60) not null,
    nominee_kind          varchar(20) not null,
    -- copied from the approval for the emulation board's list, which should not have to read the JSON
    nominee_name          varchar(200) not null,
    agency_code           varchar(60),
    council_decision_date date not null,
    cause                 varchar(30) not null,
    reason                text not null,
    reason_vi             text not null,
    -- the review.decided.v1 payload as the council decided it (JSON); a correction replaces only proposedAward
    approval              text not null,
    -- when the current block happened: a correction that fails again blocks it anew
    blocked_at            timestamp with time zone not null,
    unblocked_at          timestamp with time zone,
    award_id              uuid references award (id),
    constraint blocked_approval_cause check (cause in ('UNKNOWN_TITLE', 'WRONG_RECIPIENT_KIND', 'NO_REWARD_RULE')),
    constraint blocked_approval_nominee_kind check (nominee_kind in ('INDIVIDUAL', 'COLLECTIVE')),
    -- resolved means drafted: the time and the award come together
    constraint blocked_approval_resolved check ((unblocked_at is null) = (award_id is null))
);

-- the board's list, newest block first: the unresolved ones (the default), and all of them (includeResolved=true)
create index blocked_approval_unresolved on blocked_approval (blocked_at desc, nomination_id)
    where unblocked_at is null;
create index blocked_approval_newest on blocked_approval (blocked_at desc, nomination_id);
