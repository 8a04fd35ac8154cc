-- Upward proposals (issue "The law, round two", "Missing titles and forms"). The state-level forms a province only
-- proposes (Huân chương, danh hiệu vinh dự nhà nước) are decided by the President, not by the province: a council
-- approval of one becomes an upward proposal, which the province submits (Tờ trình "N/TTr-UBND") and whose higher
-- decision, once it arrives, grants the award. Written without V16 (someone else's): nothing here reads it.

-- A type the province may only propose, decided above it: an approval of it is never drafted.
alter table award_type add column decided_by_state boolean not null default false;

-- The multipliers are NĐ 91/2017 Điều 70 (Huân chương Lao động: hạng Nhất 9,0, hạng Nhì 7,5, hạng Ba 4,5) and Điều 71
-- (Anh hùng Lao động 15,5), as remembered from secondary sources, not read; the domain brief §3 gives only Sao vàng 46
-- and Độc lập hạng Nhất 15 (baoquocte.vn). NĐ 98/2023 and NĐ 152/2025 are assumed to keep them. A collective is
-- assumed to receive twice the individual amount, as for the certificates. Households: none of these.
insert into award_type (code, name_vi, name_en, recipient, granted_by, collective_factor, household_factor,
                        certificate_kind, decided_by_state) values
 ('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'Huân chương Lao động hạng Nhất', 'Labour Order, First Class', 'ANY',
  'Chủ tịch nước', 2, null, 'MERIT', true),
 ('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'Huân chương Lao động hạng Nhì', 'Labour Order, Second Class', 'ANY',
  'Chủ tịch nước', 2, null, 'MERIT', true),
 ('HUAN_CHUONG_LAO_DONG_HANG_BA', 'Huân chương Lao động hạng Ba', 'Labour Order, Third Class', 'ANY',
  'Chủ tịch nước', 2, null, 'MERIT', true),
 ('ANH_HUNG_LAO_DONG', 'Anh hùng Lao động', 'Labour Hero', 'ANY', 'Chủ tịch nước', 2, null, 'TITLE', true);

insert into reward_multiplier (id, award_code, legal_basis, valid_from, valid_to, multiplier, verified, source,
                               revision)
select gen_random_uuid(), code, basis, valid_from, valid_to, multiplier, false, source, 1 from (values
 ('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 9.0, 'A70'),
 ('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 9.0, 'S'),
 ('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null::date, 9.0, 'S'),
 ('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 7.5, 'A70'),
 ('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 7.5, 'S'),
 ('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 7.5, 'S'),
 ('HUAN_CHUONG_LAO_DONG_HANG_BA', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 4.5, 'A70'),
 ('HUAN_CHUONG_LAO_DONG_HANG_BA', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 4.5, 'S'),
 ('HUAN_CHUONG_LAO_DONG_HANG_BA', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 4.5, 'S'),
 ('ANH_HUNG_LAO_DONG', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 15.5, 'A71'),
 ('ANH_HUNG_LAO_DONG', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 15.5, 'S'),
 ('ANH_HUNG_LAO_DONG', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 15.5, 'S')
) as seed (code, basis, valid_from, valid_to, multiplier, source);
update reward_multiplier
   set source = case source
       when 'A70' then 'NĐ 91/2017 Điều 70 (Huân chương Lao động), as remembered from secondary sources; sentence not '
                       || 'read (domain brief §3 gives only Sao vàng 46, Độc lập hạng Nhất 15)'
       when 'A71' then 'NĐ 91/2017 Điều 71 (Anh hùng Lao động), as remembered from secondary sources; sentence not '
                       || 'read'
       else 'the NĐ 91/2017 figure, assumed unchanged; sentence not read' end
 where source in ('A70', 'A71', 'S');

-- The President (Chủ tịch nước) decides the Huân chương and the danh hiệu vinh dự nhà nước (Luật TĐKT 2022, domain
-- brief §3 lists the forms; the article on who decides them was not read). The province proposes them, so the
-- catalogue publishes them at the province's level, for nomination-service to accept them at intake.
alter table decision_issuer drop constraint decision_issuer_authority;
alter table decision_issuer add constraint decision_issuer_authority check (authority in ('PRESIDENT',
    'PRIME_MINISTER', 'PROVINCE_CHAIRMAN', 'DISTRICT_CHAIRMAN', 'COMMUNE_CHAIRMAN', 'UNIT_HEAD'));
insert into award_authority (authority, award_code, valid_from, valid_to, source, verified)
select 'PRESIDENT', code, date '1900-01-01', null,
       'Luật TĐKT 2003 and 2022: the President decides the orders and state honorary titles (domain brief §3); '
       || 'article not read', false
  from (values ('HUAN_CHUONG_LAO_DONG_HANG_NHAT'), ('HUAN_CHUONG_LAO_DONG_HANG_NHI'), ('HUAN_CHUONG_LAO_DONG_HANG_BA'),
               ('ANH_HUNG_LAO_DONG')) as seed (code);

-- One per nomination: the approval kept whole (as blocked_approval keeps it), the province's submission, and the
-- higher level's answer: a decision (with the award it granted) or a refusal.
create table upward_proposal (
    nomination_id         uuid primary key,
    case_id               uuid not null,
    award_code            varchar(60) not null references award_type (code),
    nominee_kind          varchar(20) not null,
    nominee_name          varchar(200) not null,
    agency_code           varchar(60),
    council_decision_date date not null,
    approval              text not null,
    status                varchar(30) not null,
    proposed_at           timestamp with time zone not null,
    submission_number     varchar(40),
    submitted_on          date,
    submitted_at          timestamp with time zone,
    submitted_by          varchar(200),
    decision_number       varchar(60),
    decision_date         date,
    issuer                varchar(200),
    award_id              uuid references award (id),
    refusal_reason        varchar(2000),
    answered_on           date,
    answered_at           timestamp with time zone,
    answered_by           varchar(200),
    constraint upward_proposal_status check (status in ('AWAITING_SUBMISSION', 'SUBMITTED', 'DECIDED', 'REFUSED')),
    constraint upward_proposal_nominee_kind check (nominee_kind in ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD')),
    constraint upward_proposal_submitted check (status = 'AWAITING_SUBMISSION'
        or (submission_number is not null and submitted_on is not null and submitted_at is not null)),
    constraint upward_proposal_decided check (status <> 'DECIDED'
        or (decision_number is not null and decision_date is not null and award_id is not null)),
    constraint upward_proposal_refused check (status <> 'REFUSED' or refusal_reason is not null)
);
create index upward_proposal_newest on upward_proposal (proposed_at desc, nomination_id);
create index upward_proposal_by_status on upward_proposal (status, proposed_at desc, nomination_id);
