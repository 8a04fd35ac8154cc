-- Award catalogue: emulation titles (danh hiệu thi đua) and commendation forms (hình thức khen thưởng).
create table award_type (
    code              varchar(60) primary key,
    name_vi           varchar(300) not null,
    name_en           varchar(300) not null,
    recipient         varchar(20) not null,   -- INDIVIDUAL, COLLECTIVE, ANY
    granted_by        varchar(300) not null,
    collective_factor numeric(4, 2) not null default 1
);

-- Reward multipliers (× base salary) per legal period. A period is closed by the next decree; rows are never edited.
create table reward_multiplier (
    id          uuid primary key,
    award_code  varchar(60) not null references award_type (code),
    legal_basis varchar(100) not null,
    valid_from  date not null,
    valid_to    date,
    multiplier  numeric(6, 3) not null,
    verified    boolean not null,
    unique (award_code, valid_from)
);
create index reward_multiplier_lookup on reward_multiplier (award_code, valid_from desc);

-- Base salary (mức lương cơ sở), effective-dated.
create table base_salary (
    effective_from date primary key,
    amount_vnd     bigint not null,
    legal_basis    varchar(100) not null
);

create table award (
    id               uuid primary key,
    nomination_id    uuid not null unique,
    review_case_id   uuid not null,
    award_code       varchar(60) not null references award_type (code),
    award_name       varchar(300) not null,
    recipient_kind   varchar(20) not null,
    recipient_name   varchar(200) not null,
    level            varchar(20) not null,
    sector           varchar(40) not null,
    decision_number  varchar(40) not null,
    decision_date    date not null,
    legal_basis      varchar(100) not null,
    multiplier       numeric(6, 3) not null,
    collective_factor numeric(4, 2) not null,
    base_salary_vnd  bigint not null,
    amount_vnd       bigint not null,
    granted_at       timestamp with time zone not null
);
create index award_decision_date on award (decision_date desc, id);
-- numbers restart every year: "1/QĐ-UBND" of 2019 and of 2025 are different decisions
create unique index award_decision_number_year on award (decision_number, (extract(year from decision_date)));

-- Decision numbers "123/QĐ-UBND": one sequence per issuer and year, taken under a row lock, so no gaps and no twins.
create table decision_sequence (
    issuer      varchar(40) not null,
    year        integer not null,
    last_number integer not null,
    primary key (issuer, year)
);

insert into award_type (code, name_vi, name_en, recipient, granted_by, collective_factor) values
 ('CHIEN_SI_THI_DUA_TOAN_QUOC', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', 'INDIVIDUAL', 'Thủ tướng Chính phủ', 1),
 ('CHIEN_SI_THI_DUA_CAP_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'Provincial Emulation Fighter', 'INDIVIDUAL', 'Chủ tịch UBND tỉnh', 1),
 ('CHIEN_SI_THI_DUA_CO_SO', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', 'INDIVIDUAL', 'Thủ trưởng đơn vị; Chủ tịch UBND cấp huyện (đến 30/6/2025)', 1),
 ('LAO_DONG_TIEN_TIEN', 'Lao động tiên tiến', 'Advanced Worker', 'INDIVIDUAL', 'Thủ trưởng đơn vị; Chủ tịch UBND cấp xã', 1),
 ('CO_THI_DUA_CHINH_PHU', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', 'COLLECTIVE', 'Thủ tướng Chính phủ', 1),
 ('CO_THI_DUA_UBND_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Provincial People''s Committee Emulation Flag', 'COLLECTIVE', 'Chủ tịch UBND tỉnh', 1),
 ('TAP_THE_LAO_DONG_XUAT_SAC', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', 'COLLECTIVE', 'Chủ tịch UBND tỉnh', 1),
 ('TAP_THE_LAO_DONG_TIEN_TIEN', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', 'COLLECTIVE', 'Thủ trưởng đơn vị; Chủ tịch UBND cấp huyện (đến 30/6/2025)', 1),
 ('XA_TIEU_BIEU', 'Xã, phường, đặc khu tiêu biểu', 'Exemplary Commune', 'COLLECTIVE', 'Chủ tịch UBND tỉnh', 1),
 ('THON_TO_DAN_PHO_VAN_HOA', 'Thôn, tổ dân phố văn hóa', 'Cultural Village', 'COLLECTIVE', 'Chủ tịch UBND cấp huyện / cấp xã', 1),
 ('BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 'Prime Minister''s Certificate of Merit', 'ANY', 'Thủ tướng Chính phủ', 2),
 ('BANG_KHEN_CHU_TICH_UBND_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Provincial Chairman''s Certificate of Merit', 'ANY', 'Chủ tịch UBND tỉnh', 2),
 ('GIAY_KHEN', 'Giấy khen', 'Certificate of Commendation', 'ANY', 'Thủ trưởng đơn vị; Chủ tịch UBND cấp huyện (đến 30/6/2025)', 2),
 ('GIAY_KHEN_CHU_TICH_UBND_XA', 'Giấy khen của Chủ tịch UBND cấp xã', 'Commune Chairman''s Certificate of Commendation', 'ANY', 'Chủ tịch UBND cấp xã', 2);

-- verified = false: the amount for that decree was not found in a source; kept equal to the previous decree's
-- until an officer records the official figure through the API.
insert into reward_multiplier (id, award_code, legal_basis, valid_from, valid_to, multiplier, verified)
select gen_random_uuid(), code, basis, valid_from, valid_to, multiplier, verified from (values
 ('CHIEN_SI_THI_DUA_TOAN_QUOC', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 4.5, true),
 ('CHIEN_SI_THI_DUA_TOAN_QUOC', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 4.5, true),
 ('CHIEN_SI_THI_DUA_TOAN_QUOC', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 4.5, true),
 ('CHIEN_SI_THI_DUA_CAP_TINH', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 3.0, true),
 ('CHIEN_SI_THI_DUA_CAP_TINH', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 3.0, true),
 ('CHIEN_SI_THI_DUA_CAP_TINH', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 3.0, true),
 ('CHIEN_SI_THI_DUA_CO_SO', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 1.0, true),
 ('CHIEN_SI_THI_DUA_CO_SO', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 1.0, true),
 ('CHIEN_SI_THI_DUA_CO_SO', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 1.0, true),
 ('LAO_DONG_TIEN_TIEN', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 0.3, true),
 ('LAO_DONG_TIEN_TIEN', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 0.3, true),
 ('LAO_DONG_TIEN_TIEN', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 0.3, true),
 ('CO_THI_DUA_CHINH_PHU', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 12, true),
 ('CO_THI_DUA_CHINH_PHU', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 12, true),
 ('CO_THI_DUA_CHINH_PHU', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 12, true),
 ('CO_THI_DUA_UBND_TINH', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 8, true),
 ('CO_THI_DUA_UBND_TINH', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 8, true),
 ('CO_THI_DUA_UBND_TINH', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 8, false),
 ('TAP_THE_LAO_DONG_XUAT_SAC', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 1.5, true),
 ('TAP_THE_LAO_DONG_XUAT_SAC', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 1.5, true),
 ('TAP_THE_LAO_DONG_XUAT_SAC', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 1.5, true),
 ('TAP_THE_LAO_DONG_TIEN_TIEN', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 0.8, true),
 ('TAP_THE_LAO_DONG_TIEN_TIEN', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 0.8, true),
 ('TAP_THE_LAO_DONG_TIEN_TIEN', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 0.8, true),
 ('XA_TIEU_BIEU', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 2.0, true),
 ('XA_TIEU_BIEU', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 2.0, true),
 ('THON_TO_DAN_PHO_VAN_HOA', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 1.5, true),
 ('THON_TO_DAN_PHO_VAN_HOA', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 1.5, true),
 ('THON_TO_DAN_PHO_VAN_HOA', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 1.5, true),
 ('BANG_KHEN_THU_TUONG', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 3.5, true),
 ('BANG_KHEN_THU_TUONG', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 3.5, false),
 ('BANG_KHEN_THU_TUONG', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 3.5, true),
 ('BANG_KHEN_CHU_TICH_UBND_TINH', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 1.0, true),
 ('BANG_KHEN_CHU_TICH_UBND_TINH', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 1.0, false),
 ('BANG_KHEN_CHU_TICH_UBND_TINH', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 1.5, true),
 ('GIAY_KHEN', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 0.3, true),
 ('GIAY_KHEN', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 0.3, false),
 ('GIAY_KHEN', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 0.3, true),
 ('GIAY_KHEN_CHU_TICH_UBND_XA', 'NĐ 91/2017/NĐ-CP', date '2017-10-01', date '2023-12-31', 0.15, true),
 ('GIAY_KHEN_CHU_TICH_UBND_XA', 'NĐ 98/2023/NĐ-CP', date '2024-01-01', date '2025-06-30', 0.15, false),
 ('GIAY_KHEN_CHU_TICH_UBND_XA', 'NĐ 152/2025/NĐ-CP', date '2025-07-01', null, 0.15, false)
) as seed (code, basis, valid_from, valid_to, multiplier, verified);

insert into base_salary (effective_from, amount_vnd, legal_basis) values
 (date '2017-07-01', 1300000, 'NĐ 47/2017/NĐ-CP'),
 (date '2018-07-01', 1390000, 'NĐ 72/2018/NĐ-CP'),
 (date '2019-07-01', 1490000, 'NĐ 38/2019/NĐ-CP'),
 (date '2023-07-01', 1800000, 'NĐ 24/2023/NĐ-CP'),
 (date '2024-07-01', 2340000, 'NĐ 73/2024/NĐ-CP');
