-- award-service's catalogue names the Huân chương Lao động by class (HUAN_CHUONG_LAO_DONG_HANG_NHAT / _NHI / _BA: each
-- class has its own reward), and a vote rule matches its award code exactly: the one seeded for HUAN_CHUONG_LAO_DONG
-- applied to none of them. Each class gets the same rule, period by period (the rows keep their ids, so a ballot that
-- names one still does).
insert into vote_rule (id, award_code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
                       approval_base, public_comment_days, legal_basis, verified, updated_at, updated_by, member_base,
                       valid_from, valid_to, revision)
select gen_random_uuid(), class.code, level, quorum_percent, quorum_inclusive, approval_percent, approval_inclusive,
       approval_base, public_comment_days, legal_basis, verified, now(), 'migration V7', member_base,
       valid_from, valid_to, revision
  from vote_rule
 cross join (values ('HUAN_CHUONG_LAO_DONG_HANG_NHAT'), ('HUAN_CHUONG_LAO_DONG_HANG_NHI')) as class (code)
 where award_code = 'HUAN_CHUONG_LAO_DONG';
update vote_rule set award_code = 'HUAN_CHUONG_LAO_DONG_HANG_BA', updated_by = 'migration V7'
 where award_code = 'HUAN_CHUONG_LAO_DONG';
