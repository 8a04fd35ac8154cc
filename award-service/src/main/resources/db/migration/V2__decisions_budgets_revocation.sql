-- An approval no longer grants an award by itself: it drafts one. An officer groups drafts into a decision, and
-- signing the decision numbers it, prices its awards by the rules of its date and grants them. Budgets cap what a
-- fund pays out per year. A granted award may be revoked and its amount recovered.

create table award_decision (
    id               uuid primary key,
    issuer           varchar(40) not null,
    decision_date    date not null,
    number           integer,
    decision_number  varchar(60),
    signer           varchar(200) not null,
    fund             varchar(60) not null,
    status           varchar(20) not null,   -- DRAFT, SIGNED
    total_amount_vnd bigint,
    created_at       timestamp with time zone not null,
    created_by       varchar(200) not null,
    signed_at        timestamp with time zone,
    signed_by        varchar(200),
    constraint award_decision_status check (status in ('DRAFT', 'SIGNED')),
    constraint award_decision_signed_is_numbered check (status = 'DRAFT'
        or (number is not null and decision_number is not null and total_amount_vnd is not null
            and signed_at is not null and signed_by is not null))
);
-- numbers restart every year and per issuer: "1/QĐ-UBND" of 2019 and of 2025 are different decisions
create unique index award_decision_number_per_issuer_year
    on award_decision (issuer, (extract(year from decision_date)), number) where number is not null;
create index award_decision_newest on award_decision (created_at desc, id);
create index award_decision_by_status on award_decision (status, created_at desc, id);

-- Each award granted before this migration was its own decision: it becomes one, with the same id, so that every
-- granted award belongs to a signed decision. The fund is the default one (vinhdanh.award.default-fund).
insert into award_decision (id, issuer, decision_date, number, decision_number, signer, fund, status,
                            total_amount_vnd, created_at, created_by, signed_at, signed_by)
select id, split_part(decision_number, '/', 2), decision_date, split_part(decision_number, '/', 1)::integer,
       decision_number, 'not recorded (granted before decisions existed)', 'QTDKT-TINH', 'SIGNED',
       amount_vnd, granted_at, 'award-service', granted_at, 'award-service'
from award;

alter table award
    add column status varchar(20),
    add column council_decision_date date,
    add column decision_id uuid references award_decision (id),
    add column revoked_at timestamp with time zone,
    add column revoked_by varchar(200),
    add column revocation_category varchar(30),
    add column revocation_reason varchar(2000),
    add column recovery_amount_vnd bigint;

update award set status = 'GRANTED', council_decision_date = decision_date, decision_id = id;

alter table award
    alter column status set not null,
    alter column council_decision_date set not null,
    alter column decision_number drop not null,
    alter column decision_date drop not null,
    alter column granted_at drop not null,
    add constraint award_status check (status in ('DRAFT', 'GRANTED', 'REVOKED')),
    add constraint award_granted_has_decision check (status = 'DRAFT'
        or (decision_id is not null and decision_number is not null and decision_date is not null
            and granted_at is not null)),
    add constraint award_revoked_has_reason check (status <> 'REVOKED'
        or (revoked_at is not null and revoked_by is not null and revocation_category is not null
            and revocation_reason is not null and recovery_amount_vnd is not null)),
    add constraint award_revocation_category check (revocation_category is null
        or revocation_category in ('FRAUD', 'FALSE_DOSSIER', 'UNLAWFUL_REVIEW', 'OTHER'));

-- many awards now share one decision number: uniqueness moved to award_decision
drop index award_decision_number_year;
drop index award_decision_date;
create index award_newest on award (council_decision_date desc, id);
create index award_by_status on award (status, council_decision_date desc, id);
create index award_by_decision on award (decision_id);
-- statistics: granted awards of one year, grouped in several ways
create index award_granted_by_date on award (decision_date) where status = 'GRANTED';

-- What a fund (quỹ thi đua, khen thưởng) may pay out in a year; committed grows with each signed decision.
create table budget (
    year          integer not null,
    fund          varchar(60) not null,
    amount_vnd    bigint not null,
    committed_vnd bigint not null default 0,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200) not null,
    primary key (year, fund),
    constraint budget_amount_positive check (amount_vnd > 0),
    constraint budget_not_overcommitted check (committed_vnd between 0 and amount_vnd)
);
