-- "The law, round two": every seeded rule says where it comes from (source) and whether that sentence was read
-- (verified). The commune chairman's Giấy khen under NĐ 152/2025 is 0.3 (reported), and the authority table follows
-- the periods of the laws: Law 2003 (as amended, with NĐ 91/2017) until 31/12/2023, Law 2022 from 1/1/2024, the
-- two-tier local government (NĐ 129/2025) from 1/7/2025, when district chairmen stop deciding.
-- Awards already signed keep their stored figures: nothing here touches the award table.

alter table reward_multiplier add column source varchar(500);
update reward_multiplier set source = 'Domain brief §3 (seed V1)' where source is null;

alter table award_authority add column source varchar(500);
alter table award_authority add column verified boolean not null default false;

-- Giấy khen of the Chủ tịch UBND cấp xã
update reward_multiplier
   set source = 'thuvienphapluat.vn/hoi-dap-phap-luat/5153C-hd-duoc-tang-giay-khen-cua-chu-tich-ubnd-xa-co-duoc-'
                || 'thuong-tien-khong.html (NĐ 91/2017 Điều 73(1)(d), (2)(b): 0,15; tập thể gấp hai lần)',
       verified = true
 where award_code = 'GIAY_KHEN_CHU_TICH_UBND_XA' and valid_from = date '2017-10-01';
update reward_multiplier
   set source = 'laodong.vn 1536317 (NĐ 98/2023 Điều 58(1)(g): 0,15), as reported in the domain brief §10; '
                || 'sentence not read',
       verified = false
 where award_code = 'GIAY_KHEN_CHU_TICH_UBND_XA' and valid_from = date '2024-01-01';
update reward_multiplier
   set multiplier = 0.3,
       source = 'laodong.vn 1562282; congdoanvietnam (NĐ 152/2025 Điều 54(1)(e): 0,3), as reported in the domain '
                || 'brief §10; sentence not read',
       verified = false
 where award_code = 'GIAY_KHEN_CHU_TICH_UBND_XA' and valid_from = date '2025-07-01';

-- Gia đình văn hóa: a household's title. Households are not a nominee kind yet, so it is a collective's title for
-- now. No amount found for it under any decree: no multiplier, an approval of it is blocked (NO_REWARD_RULE).
insert into award_type (code, name_vi, name_en, recipient, granted_by, collective_factor, certificate_kind) values
 ('GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'Cultural Family', 'COLLECTIVE', 'Chủ tịch UBND cấp xã', 1, 'TITLE')
on conflict (code) do nothing;
update award_type
   set granted_by = 'Thủ trưởng đơn vị; Chủ tịch UBND cấp huyện (đến 30/6/2025); Chủ tịch UBND cấp xã (từ 1/7/2025)'
 where code in ('CHIEN_SI_THI_DUA_CO_SO', 'TAP_THE_LAO_DONG_TIEN_TIEN');
update award_type
   set granted_by = 'Chủ tịch UBND cấp huyện (đến 30/6/2025); Chủ tịch UBND cấp xã (từ 1/7/2025)'
 where code = 'THON_TO_DAN_PHO_VAN_HOA';

-- The 1900-01-01 rows become the period of Law 2003 (and its amendments), ending 31/12/2023.
update award_authority
   set valid_to = date '2023-12-31',
       source = 'Luật TĐKT 2003 (sửa đổi 2005, 2013), per the domain brief §3; sentence not read',
       verified = false
 where valid_from = date '1900-01-01';
-- ... of which NĐ 91/2017 Điều 43(2) was read: commune chairmen grant LĐTT (and propose CSTĐ cơ sở to the district
-- chairman); unit heads grant LĐTT, Tập thể LĐTT, CSTĐ cơ sở. NĐ 91/2017 Điều 73(1)(d) names the commune chairman's
-- Giấy khen.
update award_authority
   set source = 'thuvienphapluat.vn/hoi-dap-phap-luat/3067A-hd-tham-quyen-quyet-dinh-tang-danh-hieu-chien-si-thi-dua-'
                || 'co-so-thuoc-ve-ai.html (NĐ 91/2017 Điều 43(2))',
       verified = true
 where valid_from = date '1900-01-01'
   and (authority, award_code) in (('COMMUNE_CHAIRMAN', 'LAO_DONG_TIEN_TIEN'),
                                   ('DISTRICT_CHAIRMAN', 'CHIEN_SI_THI_DUA_CO_SO'),
                                   ('UNIT_HEAD', 'LAO_DONG_TIEN_TIEN'),
                                   ('UNIT_HEAD', 'TAP_THE_LAO_DONG_TIEN_TIEN'),
                                   ('UNIT_HEAD', 'CHIEN_SI_THI_DUA_CO_SO'));
update award_authority
   set source = 'thuvienphapluat.vn/hoi-dap-phap-luat/5153C-hd-duoc-tang-giay-khen-cua-chu-tich-ubnd-xa-co-duoc-'
                || 'thuong-tien-khong.html (NĐ 91/2017 Điều 73(1)(d))',
       verified = true
 where valid_from = date '1900-01-01' and authority = 'COMMUNE_CHAIRMAN' and award_code = 'GIAY_KHEN_CHU_TICH_UBND_XA';
-- the village titles of the commune from 1/7/2025 were an assumption of V6; NĐ 129/2025 now names them
update award_authority
   set source = 'ja.congdoanvietnam.vn/tu-van-phap-luat/chu-tich-ubnd-xa-co-quyen-tang-danh-hieu-thon-to-dan-pho-'
                || 'van-hoa-tu-17-6851.tld (NĐ 129/2025; read in the Japanese edition)',
       verified = true
 where authority = 'COMMUNE_CHAIRMAN' and award_code = 'THON_TO_DAN_PHO_VAN_HOA' and valid_from = date '2025-07-01';

-- Law 2003 period, Gia đình văn hóa by the commune chairman: seen in practice only (a 2020 commune decision).
insert into award_authority (authority, award_code, valid_from, valid_to, source, verified) values
 ('COMMUNE_CHAIRMAN', 'GIA_DINH_VAN_HOA', date '1900-01-01', date '2023-12-31',
  'quangthai.thuathienhue.gov.vn/?gd=4&cn=97&tc=25688 (a 2020 decision of a commune chairman recognising '
  || '"Gia đình văn hóa" under NĐ 122/2018; practice, not the law''s text)', false);

-- Law 2022, from 1/1/2024. Art. 79 (ministers, provincial chairmen, the Prime Minister) was not read.
insert into award_authority (authority, award_code, valid_from, valid_to, source, verified)
select authority, award_code, date '2024-01-01', valid_to, source, verified from (values
 ('PRIME_MINISTER', 'CHIEN_SI_THI_DUA_TOAN_QUOC', null::date, 'Luật TĐKT 2022, per the domain brief §3; sentence not read', false),
 ('PRIME_MINISTER', 'CO_THI_DUA_CHINH_PHU', null, 'Luật TĐKT 2022, per the domain brief §3; sentence not read', false),
 ('PRIME_MINISTER', 'BANG_KHEN_THU_TUONG', null, 'Luật TĐKT 2022, per the domain brief §3; sentence not read', false),
 ('PROVINCE_CHAIRMAN', 'CHIEN_SI_THI_DUA_CAP_TINH', null, 'Luật TĐKT 2022 Điều 79, inferred from practice (domain brief §3); not read', false),
 ('PROVINCE_CHAIRMAN', 'CO_THI_DUA_UBND_TINH', null, 'Luật TĐKT 2022 Điều 79, inferred from practice (domain brief §3); not read', false),
 ('PROVINCE_CHAIRMAN', 'TAP_THE_LAO_DONG_XUAT_SAC', null, 'Luật TĐKT 2022 Điều 79, inferred from practice (domain brief §3); not read', false),
 ('PROVINCE_CHAIRMAN', 'XA_TIEU_BIEU', null, 'Luật TĐKT 2022 Điều 79, inferred from practice (domain brief §3); not read', false),
 ('PROVINCE_CHAIRMAN', 'BANG_KHEN_CHU_TICH_UBND_TINH', null, 'Luật TĐKT 2022 Điều 79, inferred from practice (domain brief §3); not read', false),
 ('UNIT_HEAD', 'CHIEN_SI_THI_DUA_CO_SO', null, 'W80', true),
 ('UNIT_HEAD', 'LAO_DONG_TIEN_TIEN', null, 'W80', true),
 ('UNIT_HEAD', 'TAP_THE_LAO_DONG_TIEN_TIEN', null, 'W80', true),
 ('UNIT_HEAD', 'GIAY_KHEN', null, 'W80', true),
 ('DISTRICT_CHAIRMAN', 'CHIEN_SI_THI_DUA_CO_SO', date '2025-06-30', 'W80', true),
 ('DISTRICT_CHAIRMAN', 'LAO_DONG_TIEN_TIEN', date '2025-06-30', 'W80', true),
 ('DISTRICT_CHAIRMAN', 'TAP_THE_LAO_DONG_TIEN_TIEN', date '2025-06-30', 'W80', true),
 ('DISTRICT_CHAIRMAN', 'GIAY_KHEN', date '2025-06-30', 'W80', true),
 ('DISTRICT_CHAIRMAN', 'THON_TO_DAN_PHO_VAN_HOA', date '2025-06-30', 'W80', true),
 ('COMMUNE_CHAIRMAN', 'LAO_DONG_TIEN_TIEN', date '2025-06-30', 'W80', true),
 ('COMMUNE_CHAIRMAN', 'GIAY_KHEN_CHU_TICH_UBND_XA', date '2025-06-30', 'W80', true),
 ('COMMUNE_CHAIRMAN', 'GIA_DINH_VAN_HOA', date '2025-06-30', 'W80', true)
) as seed (authority, award_code, valid_to, source, verified);
update award_authority
   set source = 'vi.wikisource.org/wiki/Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/56 (Luật TĐKT 2022 Điều 80)'
 where source = 'W80';

-- Two-tier local government, from 1/7/2025 (NĐ 129/2025): the commune chairman takes over from the district.
insert into award_authority (authority, award_code, valid_from, valid_to, source, verified)
select 'COMMUNE_CHAIRMAN', code, date '2025-07-01', null,
       'ja.congdoanvietnam.vn/tu-van-phap-luat/chu-tich-ubnd-xa-co-quyen-tang-danh-hieu-thon-to-dan-pho-'
       || 'van-hoa-tu-17-6851.tld (NĐ 129/2025; read in the Japanese edition)', true
  from (values ('LAO_DONG_TIEN_TIEN'), ('GIAY_KHEN_CHU_TICH_UBND_XA'), ('GIA_DINH_VAN_HOA'),
               ('CHIEN_SI_THI_DUA_CO_SO'), ('TAP_THE_LAO_DONG_TIEN_TIEN')) as seed (code);

