-- Recovery of revoked awards: repayments against recovery_amount_vnd; recovered_vnd is their running sum, kept on the
-- award under its row lock so that two repayments recorded at once cannot together pass the amount due.
alter table award
    add column recovered_vnd bigint not null default 0,
    add constraint award_recovered_within check (recovered_vnd >= 0
        and recovered_vnd <= coalesce(recovery_amount_vnd, 0));

create table award_repayment (
    id          uuid primary key,
    award_id    uuid not null references award (id),
    amount_vnd  bigint not null,
    paid_on     date not null,
    reference   varchar(200),             -- e.g. the receipt or bank transfer number
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200) not null,
    constraint award_repayment_positive check (amount_vnd > 0)
);
create index award_repayment_by_award on award_repayment (award_id, paid_on, recorded_at, id);

-- the recovery list: revoked awards, newest revocation first, and those still owing
create index award_revoked on award (revoked_at desc, id) where status = 'REVOKED';
create index award_revoked_outstanding on award (revoked_at desc, id)
    where status = 'REVOKED' and recovered_vnd < recovery_amount_vnd;
