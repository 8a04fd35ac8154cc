-- Councils (hội đồng thi đua – khen thưởng) per level and period, and who sits on them.
create table council (
    id          uuid primary key,
    name        varchar(300) not null,
    level       varchar(20) not null,
    valid_from  date not null,
    valid_to    date,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null
);
-- a new case looks up the council in force for its level
create index council_level_period on council (level, valid_from desc, created_at desc);

create table council_member (
    council_id   uuid not null references council (id),
    member_id    varchar(200) not null,
    full_name    varchar(200) not null,
    position     varchar(20) not null,
    agency_code  varchar(50),
    primary key (council_id, member_id)
);
create index council_member_member on council_member (member_id, council_id);

alter table review_case add column council_id uuid references council (id);
alter table review_case add column previous_case_id uuid references review_case (id);
alter table review_case add column due_on date;
alter table review_case add column public_comment_from date;
alter table review_case add column public_comment_until date;
alter table review_case add column weighted_total numeric(6, 3);
alter table review_case add column submitted_sheets integer not null default 0;
create index review_case_council on review_case (council_id, status, opened_at desc, id);
create index review_case_due on review_case (status, due_on, id);
create index review_case_nomination on review_case (nomination_id, round);

-- A member's own conflict declaration, or one the secretary records; the chair may override it (logged).
create table review_conflict (
    case_id        uuid not null references review_case (id),
    member_id      varchar(200) not null,
    reason         text not null,
    declared_by    varchar(200) not null,
    declared_at    timestamp with time zone not null,
    primary key (case_id, member_id)
);
create table review_conflict_override (
    case_id        uuid not null references review_case (id),
    member_id      varchar(200) not null,
    reason         text not null,
    overridden_by  varchar(200) not null,
    overridden_at  timestamp with time zone not null,
    primary key (case_id, member_id)
);

-- A reviewer's score sheet on a case, from the criteria snapshot of the nomination; locked once submitted.
create table review_score_sheet (
    case_id         uuid not null references review_case (id),
    member_id       varchar(200) not null,
    status          varchar(20) not null,
    comment         text,
    weighted_total  numeric(6, 3),
    submitted_at    timestamp with time zone,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    primary key (case_id, member_id)
);
create table review_score (
    case_id         uuid not null,
    member_id       varchar(200) not null,
    position        integer not null,
    criterion_code  varchar(30) not null,
    score           numeric(4, 1) not null,
    comment         text,
    primary key (case_id, member_id, position),
    foreign key (case_id, member_id) references review_score_sheet (case_id, member_id)
);

-- Quorum and approval threshold per award title and level; null matches any. The most specific row wins.
create table vote_rule (
    id                        uuid primary key,
    award_code                varchar(60),
    level                     varchar(20),
    quorum_percent            integer not null,
    quorum_inclusive          boolean not null,
    approval_percent          integer not null,
    approval_inclusive        boolean not null,
    approval_base             varchar(20) not null,
    public_comment_days       integer not null,
    legal_basis               text not null,
    verified                  boolean not null,
    updated_at                timestamp with time zone not null,
    updated_by                varchar(200) not null
);
create unique index vote_rule_scope on vote_rule (coalesce(award_code, '*'), coalesce(level, '*'));

insert into vote_rule values
 ('00000000-0000-0000-0000-000000000001', null, null, 50, false, 50, false, 'VOTES_CAST', 0,
  'Nguyên tắc tập trung dân chủ, biểu quyết theo đa số (Luật TĐKT 2022; quy chế hội đồng)', false, now(), 'seed'),
 ('00000000-0000-0000-0000-000000000002', 'CHIEN_SI_THI_DUA_CAP_TINH', null, 50, false, 90, true, 'ALL_MEMBERS', 0,
  'NĐ 91/2017/NĐ-CP Điều 45 khoản 8: bỏ phiếu kín, từ 90% tổng số thành viên hội đồng', true, now(), 'seed'),
 ('00000000-0000-0000-0000-000000000003', 'CHIEN_SI_THI_DUA_TOAN_QUOC', null, 50, false, 90, true, 'ALL_MEMBERS', 0,
  'NĐ 91/2017/NĐ-CP Điều 45 khoản 8: bỏ phiếu kín, từ 90% tổng số thành viên hội đồng', true, now(), 'seed'),
 ('00000000-0000-0000-0000-000000000004', 'ANH_HUNG_LAO_DONG', null, 50, false, 90, true, 'ALL_MEMBERS', 10,
  'NĐ 91/2017 Điều 45 khoản 8 (90%); NĐ 152/2025 Điều 60 khoản 3: công khai lấy ý kiến ít nhất 10 ngày làm việc', true, now(), 'seed'),
 ('00000000-0000-0000-0000-000000000005', 'HUAN_CHUONG_LAO_DONG', null, 50, false, 50, false, 'VOTES_CAST', 10,
  'NĐ 152/2025 Điều 60 khoản 3: công khai lấy ý kiến ít nhất 10 ngày làm việc; tỷ lệ phiếu chưa xác minh', false, now(), 'seed'),
 ('00000000-0000-0000-0000-000000000006', 'BANG_KHEN_CHU_TICH_UBND_TINH', null, 50, false, 80, true, 'VOTES_CAST', 0,
  'Quy trình cũ của tỉnh: từ 80% phiếu đồng ý cho bằng khen (chưa xác minh)', false, now(), 'seed');

-- Council meetings that vote on a list of cases by secret ballot.
create table review_meeting (
    id          uuid primary key,
    council_id  uuid not null references council (id),
    title       varchar(300) not null,
    held_on     date not null,
    status      varchar(20) not null,
    created_by  varchar(200) not null,
    created_at  timestamp with time zone not null,
    closed_at   timestamp with time zone
);
create index review_meeting_council on review_meeting (council_id, held_on desc, id);

-- The ballot on one case: only counts are kept, never who voted what.
create table review_ballot (
    case_id             uuid primary key references review_case (id),
    meeting_id          uuid not null references review_meeting (id),
    status              varchar(20) not null,
    eligible            integer not null,
    quorum_percent      integer not null,
    quorum_inclusive    boolean not null,
    approval_percent    integer not null,
    approval_inclusive  boolean not null,
    approval_base       varchar(20) not null,
    rule_basis          text not null,
    approvals           integer not null,
    rejections          integer not null,
    abstentions         integer not null,
    participants        integer not null,
    in_writing          integer not null,
    passed              boolean,
    opened_at           timestamp with time zone not null,
    closed_at           timestamp with time zone
);
create index review_ballot_meeting on review_ballot (meeting_id, case_id);

-- Who has voted on a case, so nobody votes twice; deliberately without the choice.
create table review_ballot_voter (
    case_id     uuid not null references review_ballot (case_id),
    member_id   varchar(200) not null,
    in_writing  boolean not null,
    primary key (case_id, member_id)
);

-- One reminder of each kind per case: two instances sending at the same time collide on the key.
create table review_reminder (
    case_id     uuid not null references review_case (id),
    kind        varchar(20) not null,
    sent_at     timestamp with time zone not null,
    primary key (case_id, kind)
);
