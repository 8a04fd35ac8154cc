-- Who may grant what (domain brief §3, Law 2022 Art. 79–80), as data. A decision's issuer is registered with the
-- authority it acts for; the issuer may only list awards its authority may grant on the decision's date.
create table decision_issuer (
    code       varchar(40) primary key,
    authority  varchar(40) not null,
    name_vi    varchar(300) not null,
    created_at timestamp with time zone not null,
    created_by varchar(200) not null,
    constraint decision_issuer_authority check (authority in ('PRIME_MINISTER', 'PROVINCE_CHAIRMAN',
        'DISTRICT_CHAIRMAN', 'COMMUNE_CHAIRMAN', 'UNIT_HEAD'))
);

create table award_authority (
    authority  varchar(40) not null,
    award_code varchar(60) not null references award_type (code),
    valid_from date not null,
    valid_to   date,                      -- inclusive; null while in force
    primary key (authority, award_code, valid_from)
);
create index award_authority_by_award on award_authority (award_code);

insert into decision_issuer (code, authority, name_vi, created_at, created_by) values
 ('QĐ-UBND', 'PROVINCE_CHAIRMAN', 'Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', now(), 'seed (V6)'),
 ('QĐ-TTg', 'PRIME_MINISTER', 'Thủ tướng Chính phủ', now(), 'seed (V6)');

-- District chairmen decide only until 30/6/2025 (two-tier local government from 1/7/2025). Village titles pass to
-- the commune chairman from then: an assumption [U], to be confirmed against NĐ 152/2025.
insert into award_authority (authority, award_code, valid_from, valid_to) values
 ('PRIME_MINISTER', 'CHIEN_SI_THI_DUA_TOAN_QUOC', date '1900-01-01', null),
 ('PRIME_MINISTER', 'CO_THI_DUA_CHINH_PHU', date '1900-01-01', null),
 ('PRIME_MINISTER', 'BANG_KHEN_THU_TUONG', date '1900-01-01', null),
 ('PROVINCE_CHAIRMAN', 'CHIEN_SI_THI_DUA_CAP_TINH', date '1900-01-01', null),
 ('PROVINCE_CHAIRMAN', 'CO_THI_DUA_UBND_TINH', date '1900-01-01', null),
 ('PROVINCE_CHAIRMAN', 'TAP_THE_LAO_DONG_XUAT_SAC', date '1900-01-01', null),
 ('PROVINCE_CHAIRMAN', 'XA_TIEU_BIEU', date '1900-01-01', null),
 ('PROVINCE_CHAIRMAN', 'BANG_KHEN_CHU_TICH_UBND_TINH', date '1900-01-01', null),
 ('UNIT_HEAD', 'CHIEN_SI_THI_DUA_CO_SO', date '1900-01-01', null),
 ('UNIT_HEAD', 'LAO_DONG_TIEN_TIEN', date '1900-01-01', null),
 ('UNIT_HEAD', 'TAP_THE_LAO_DONG_TIEN_TIEN', date '1900-01-01', null),
 ('UNIT_HEAD', 'GIAY_KHEN', date '1900-01-01', null),
 ('DISTRICT_CHAIRMAN', 'CHIEN_SI_THI_DUA_CO_SO', date '1900-01-01', date '2025-06-30'),
 ('DISTRICT_CHAIRMAN', 'LAO_DONG_TIEN_TIEN', date '1900-01-01', date '2025-06-30'),
 ('DISTRICT_CHAIRMAN', 'TAP_THE_LAO_DONG_TIEN_TIEN', date '1900-01-01', date '2025-06-30'),
 ('DISTRICT_CHAIRMAN', 'GIAY_KHEN', date '1900-01-01', date '2025-06-30'),
 ('DISTRICT_CHAIRMAN', 'THON_TO_DAN_PHO_VAN_HOA', date '1900-01-01', date '2025-06-30'),
 ('COMMUNE_CHAIRMAN', 'LAO_DONG_TIEN_TIEN', date '1900-01-01', null),
 ('COMMUNE_CHAIRMAN', 'GIAY_KHEN_CHU_TICH_UBND_XA', date '1900-01-01', null),
 ('COMMUNE_CHAIRMAN', 'THON_TO_DAN_PHO_VAN_HOA', date '2025-07-01', null);

-- Quota of Chiến sĩ thi đua cơ sở (≤ 15% of a unit's Lao động tiên tiến of the year): counts of granted awards per
-- nominating agency, emulation year and type.
create index award_granted_by_unit_year on award (agency_code, movement_year, award_code) where status = 'GRANTED';
