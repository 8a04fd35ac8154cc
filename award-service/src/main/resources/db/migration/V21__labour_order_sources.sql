-- The Huân chương Lao động multipliers of NĐ 152/2025 (V17 seeded them as NĐ 91/2017's, "assumed unchanged"): a page
-- quoting NĐ 152/2025 Điều 51 was found on 2026-12-04 (xazon.com, "Quy định về mức tiền thưởng Huân chương các loại từ
-- tháng 7/2025"): khoản 1 điểm e) hạng Nhất 9,0, g) hạng Nhì 7,5, h) hạng Ba 4,5 lần mức lương cơ sở; khoản 2, a
-- collective twice the individual. The figures stand; only their source changes. Still verified = false: a blog quoting
-- the decree, not the decree itself.
update reward_multiplier
   set source = 'NĐ 152/2025 Điều 51 khoản 1 điểm ' || point || ' (' || figure || ' lần mức lương cơ sở) and khoản 2 '
                || '(a collective twice the individual), as quoted by a blog (xazon.com, 2025); the decree itself not read'
 from (values ('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'e', '9,0'),
              ('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'g', '7,5'),
              ('HUAN_CHUONG_LAO_DONG_HANG_BA', 'h', '4,5')) as quoted (code, point, figure)
 where reward_multiplier.award_code = quoted.code
   and reward_multiplier.legal_basis = 'NĐ 152/2025/NĐ-CP'
   and reward_multiplier.verified = false;
