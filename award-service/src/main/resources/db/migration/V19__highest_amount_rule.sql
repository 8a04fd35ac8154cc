-- "Only the highest amount" (issue reported for NĐ 152/2025 Art. 49). In one time, for one achievement, a recipient
-- who earns several emulation titles (danh hiệu thi đua) with different amounts receives only the highest; titles
-- earned over different periods are each paid, and a title plus a commendation form (hình thức khen thưởng) are both
-- paid. Signing applies it (HighestAmountRule). Written without V18 and V20 (someone else's): nothing here reads them.

-- Whether a type is an emulation title or a commendation form. Null: not classified (a type added later without it),
-- which the rule leaves alone: such an award is paid in full, as before.
alter table award_type add column category varchar(30);
alter table award_type add constraint award_type_category
    check (category in ('EMULATION_TITLE', 'COMMENDATION_FORM'));
-- The titles are those the Law on emulation and commendation lists as danh hiệu thi đua (domain brief §3; the 2022
-- Law adds the commune, village and family titles); Huân chương, Bằng khen, Giấy khen and the state honorary title
-- Anh hùng Lao động are forms of commendation (domain brief §3, "Forms of commendation").
update award_type set category = 'EMULATION_TITLE'
 where code in ('CHIEN_SI_THI_DUA_TOAN_QUOC', 'CHIEN_SI_THI_DUA_CAP_TINH', 'CHIEN_SI_THI_DUA_CO_SO',
                'LAO_DONG_TIEN_TIEN', 'CO_THI_DUA_CHINH_PHU', 'CO_THI_DUA_UBND_TINH', 'TAP_THE_LAO_DONG_XUAT_SAC',
                'TAP_THE_LAO_DONG_TIEN_TIEN', 'XA_TIEU_BIEU', 'THON_TO_DAN_PHO_VAN_HOA', 'GIA_DINH_VAN_HOA');
update award_type set category = 'COMMENDATION_FORM'
 where code in ('BANG_KHEN_THU_TUONG', 'BANG_KHEN_CHU_TICH_UBND_TINH', 'GIAY_KHEN', 'GIAY_KHEN_CHU_TICH_UBND_XA',
                'HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'HUAN_CHUONG_LAO_DONG_HANG_NHI', 'HUAN_CHUONG_LAO_DONG_HANG_BA',
                'ANH_HUNG_LAO_DONG');

-- The principles of payment that are not a multiplier, per legal period, with where each was read.
create table reward_principle (
    code        varchar(60) not null,
    legal_basis varchar(100) not null,
    article     varchar(200) not null,
    valid_from  date not null,
    valid_to    date,
    verified    boolean not null,
    source      varchar(1000) not null,
    primary key (code, valid_from)
);
insert into reward_principle (code, legal_basis, article, valid_from, valid_to, verified, source) values
 ('HIGHEST_AMOUNT_SAME_ACHIEVEMENT', 'NĐ 91/2017/NĐ-CP', 'Điều 66 khoản 2 điểm c', date '2017-10-01',
  date '2023-12-31', true,
  'secondary, quoted: thuvienphapluat.vn/cong-dong-dan-luat/ca-nhan-co-duoc-dong-thoi-chi-chien-sy-thi-dua-co-so-'
  || 'cap-tinh-va-bang-khen-cua-ubnd-tinh-194012.aspx quotes Điều 66 khoản 2 a)–c) (c: "Trong cùng một thời điểm, '
  || 'cùng một thành tích, một đối tượng nếu đạt nhiều danh hiệu thi đua kèm theo các mức tiền thưởng khác nhau thì '
  || 'nhận mức tiền thưởng cao nhất"); d) (different periods each paid) and đ) (a title and a form both paid) as '
  || 'quoted by the task brief from thuvienphapluat Q&A pages and TT 01/2019/TT-VKSTC; kiemsat.vn 45960 answers the '
  || 'LĐTT + CSTĐ cơ sở case of 2017 by it'),
 ('HIGHEST_AMOUNT_SAME_ACHIEVEMENT', 'NĐ 98/2023/NĐ-CP', 'điều khoản chưa xác định', date '2024-01-01',
  date '2025-06-30', false,
  'assumed: reported to keep the NĐ 91/2017 principle; neither the sentence nor its article was found'),
 ('HIGHEST_AMOUNT_SAME_ACHIEVEMENT', 'NĐ 152/2025/NĐ-CP', 'Điều 49', date '2025-07-01', null, false,
  'reported: the issue names Art. 49 (which the domain brief §10 also gives for rounding); the sentence not read');

-- What the award records for the rule: the achievement (the movement it was nominated in, with movement_year), the
-- individual's birth year (with the name, how nomination-service tells two people apart), the amount the rules price
-- before the rule (amount_vnd is what is paid) and the note saying why the two differ, or why the rule was not applied.
alter table award add column movement_id uuid;
alter table award add column recipient_birth_year integer;
alter table award add column priced_amount_vnd bigint;
update award set priced_amount_vnd = amount_vnd;
alter table award alter column priced_amount_vnd set not null;
alter table award add column payment_note varchar(1000);
create index award_same_achievement on award (movement_id, movement_year) where status = 'GRANTED';
