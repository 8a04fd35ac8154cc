-- Vote rules per period of validity, each with the legal basis of its period, and a member base: whether a member
-- with a conflict of interest still counts in "the council's members" (FULL_MEMBERSHIP: counted as not approving,
-- the "tổng số thành viên của Hội đồng" of NĐ 91/2017 Điều 45 khoản 8) or leaves the base (VOTING_MEMBERS, what every
-- rule did until now).
alter table vote_rule add column member_base varchar(20);
alter table vote_rule add column valid_from date;
alter table vote_rule add column valid_to date;
update vote_rule set member_base = 'VOTING_MEMBERS';
alter table vote_rule alter column member_base set not null;
alter table vote_rule add constraint vote_rule_period_order
    check (valid_from is null or valid_to is null or valid_from <= valid_to);
-- one period per start day of a title and level (overlaps are refused by the application, under an advisory lock)
drop index vote_rule_scope;
create unique index vote_rule_scope_period
    on vote_rule (coalesce(award_code, '*'), coalesce(level, '*'), coalesce(valid_from, '-infinity'::date));

-- The titles the decree's "90 % of the council's total members" names count every member, even an edited row.
update vote_rule set member_base = 'FULL_MEMBERSHIP'
 where award_code in ('CHIEN_SI_THI_DUA_CAP_TINH', 'CHIEN_SI_THI_DUA_TOAN_QUOC', 'ANH_HUNG_LAO_DONG')
   and approval_base = 'ALL_MEMBERS';

-- The seeded rows nobody has edited since (updated_by = 'seed') are split where the legal basis changed:
-- until 31/12/2023 NĐ 91/2017 (and Luật TĐKT 2003); from 01/01/2024 Luật TĐKT 2022 with NĐ 98/2023; from 01/07/2025
-- NĐ 152/2025. Only NĐ 91/2017's 90 % rule was read in a source; the later periods keep its thresholds unverified.
-- Edited rows stay as the administrator left them, in force on every day.

-- the default: a majority of ballots cast
update vote_rule
   set valid_to = '2023-12-31',
       legal_basis = 'Nguyên tắc tập trung dân chủ, biểu quyết theo đa số (Luật TĐKT 2003, sửa đổi 2005, 2013; quy chế hội đồng)'
 where id = '00000000-0000-0000-0000-000000000001' and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select '00000000-0000-0000-0002-000000000001', award_code, level, quorum_percent, quorum_inclusive, approval_percent,
       approval_inclusive, approval_base, member_base, public_comment_days,
       'Nguyên tắc tập trung dân chủ, biểu quyết theo đa số (Luật TĐKT 2022, hiệu lực 01/01/2024; quy chế hội đồng)',
       false, '2024-01-01', null, now(), 'seed'
  from vote_rule where id = '00000000-0000-0000-0000-000000000001' and updated_by = 'seed';

-- Chiến sĩ thi đua cấp tỉnh and toàn quốc: 90 % of all members
update vote_rule
   set valid_to = '2023-12-31',
       legal_basis = 'NĐ 91/2017/NĐ-CP Điều 45 khoản 8: bỏ phiếu kín, tỷ lệ phiếu đồng ý từ 90% trở lên tính trên tổng số'
                     || ' thành viên của Hội đồng (thành viên vắng mặt lấy ý kiến bằng văn bản)'
 where id in ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003')
   and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select ('00000000-0000-0000-0002-' || right(id::text, 12))::uuid, award_code, level, quorum_percent, quorum_inclusive,
       approval_percent, approval_inclusive, approval_base, member_base, public_comment_days,
       'Luật TĐKT 2022; NĐ 98/2023/NĐ-CP (hiệu lực 01/01/2024): bỏ phiếu kín; tỷ lệ 90% tổng số thành viên Hội đồng'
           || ' giữ như giai đoạn trước, chưa đối chiếu được điều khoản của NĐ 98/2023',
       false, '2024-01-01', '2025-06-30', now(), 'seed'
  from vote_rule
 where id in ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003')
   and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select ('00000000-0000-0000-0003-' || right(id::text, 12))::uuid, award_code, level, quorum_percent, quorum_inclusive,
       approval_percent, approval_inclusive, approval_base, member_base, public_comment_days,
       'Luật TĐKT 2022; NĐ 152/2025/NĐ-CP (hiệu lực 01/07/2025): bỏ phiếu kín; tỷ lệ 90% tổng số thành viên Hội đồng'
           || ' giữ như giai đoạn trước, chưa đối chiếu được điều khoản của NĐ 152/2025',
       false, '2025-07-01', null, now(), 'seed'
  from vote_rule
 where id in ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003')
   and updated_by = 'seed';

-- Anh hùng Lao động: 90 % of all members and 10 working days of public comment
update vote_rule
   set valid_to = '2023-12-31', verified = false,
       legal_basis = 'NĐ 91/2017/NĐ-CP Điều 45 khoản 8: tỷ lệ phiếu đồng ý từ 90% trở lên tính trên tổng số thành viên'
                     || ' của Hội đồng; 10 ngày làm việc công khai chưa xác minh cho giai đoạn này'
 where id = '00000000-0000-0000-0000-000000000004' and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select '00000000-0000-0000-0002-000000000004', award_code, level, quorum_percent, quorum_inclusive, approval_percent,
       approval_inclusive, approval_base, member_base, public_comment_days,
       'NĐ 98/2023/NĐ-CP Điều 46 khoản 2: công khai ít nhất 10 ngày làm việc trước khi họp hội đồng; tỷ lệ 90% tổng số'
           || ' thành viên Hội đồng giữ như giai đoạn trước, chưa đối chiếu được điều khoản của NĐ 98/2023',
       false, '2024-01-01', '2025-06-30', now(), 'seed'
  from vote_rule where id = '00000000-0000-0000-0000-000000000004' and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select '00000000-0000-0000-0003-000000000004', award_code, level, quorum_percent, quorum_inclusive, approval_percent,
       approval_inclusive, approval_base, member_base, public_comment_days,
       'NĐ 152/2025/NĐ-CP Điều 60 khoản 3: công khai lấy ý kiến 10 ngày làm việc; tỷ lệ 90% tổng số thành viên Hội đồng'
           || ' giữ như giai đoạn trước, chưa đối chiếu được điều khoản của NĐ 152/2025',
       false, '2025-07-01', null, now(), 'seed'
  from vote_rule where id = '00000000-0000-0000-0000-000000000004' and updated_by = 'seed';

-- Huân chương Lao động: 10 working days of public comment, a majority of ballots cast (unverified)
update vote_rule
   set valid_to = '2023-12-31',
       legal_basis = 'Công khai 10 ngày làm việc và tỷ lệ phiếu chưa xác minh cho giai đoạn NĐ 91/2017/NĐ-CP'
 where id = '00000000-0000-0000-0000-000000000005' and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select '00000000-0000-0000-0002-000000000005', award_code, level, quorum_percent, quorum_inclusive, approval_percent,
       approval_inclusive, approval_base, member_base, public_comment_days,
       'NĐ 98/2023/NĐ-CP Điều 46 khoản 2: công khai ít nhất 10 ngày làm việc trước khi họp hội đồng; tỷ lệ phiếu chưa'
           || ' xác minh',
       false, '2024-01-01', '2025-06-30', now(), 'seed'
  from vote_rule where id = '00000000-0000-0000-0000-000000000005' and updated_by = 'seed';
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, member_base, public_comment_days, legal_basis, verified, valid_from, valid_to,
                       updated_at, updated_by)
select '00000000-0000-0000-0003-000000000005', award_code, level, quorum_percent, quorum_inclusive, approval_percent,
       approval_inclusive, approval_base, member_base, public_comment_days,
       'NĐ 152/2025/NĐ-CP (hiệu lực 01/07/2025): công khai lấy ý kiến 10 ngày làm việc (Điều 60 khoản 3 theo Bộ Nội vụ;'
           || ' khoản 2 Điều 44 theo Ban TĐKT Hà Nội); tỷ lệ phiếu chưa xác minh',
       false, '2025-07-01', null, now(), 'seed'
  from vote_rule where id = '00000000-0000-0000-0000-000000000005' and updated_by = 'seed';

-- A ballot keeps the member base it opened with, and counts the council's voting seats beside those eligible. The
-- ballots before this change were counted without recused members, which is what VOTING_MEMBERS means, and their
-- recused members are not known any more: members = eligible.
alter table review_ballot add column member_base varchar(20);
alter table review_ballot add column members integer;
update review_ballot set member_base = 'VOTING_MEMBERS', members = eligible;
alter table review_ballot alter column member_base set not null;
alter table review_ballot alter column members set not null;
