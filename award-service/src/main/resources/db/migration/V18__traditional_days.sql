-- The sectors' traditional days (ngày truyền thống), on which ceremonies are held and stories without a ceremony are
-- suggested for publication: one table, owned here, corrected through the API (each correction counts a revision; the
-- audit trail keeps what it replaced and why) and published to the other services as traditional-day.published.v1
-- on award.catalogue. Until V18 the five days were an enum in event-contracts and every other sector fell back to
-- 11 June; the days below were checked with the sources each row names (see the README's "Rules and their sources").
create table traditional_day (
    code               varchar(40) primary key,      -- stable; the five CeremonyOccasion days keep the occasion's name
    name_vi            varchar(200) not null,
    month_of_year      integer not null,
    day_of_month       integer not null,
    -- the Sector names that honour their models on it, comma-separated; empty: no sector of the platform (the army's
    -- day: nominations have no defence sector) or everyone (11 June)
    sectors            varchar(400) not null default '',
    families_day       boolean not null default false, -- the households' and families' day
    every_other_sector boolean not null default false, -- the day of every sector without one of its own
    established_by     varchar(300) not null,         -- the year and act that set it
    source             varchar(1000) not null,
    verified           boolean not null,
    revision           integer not null default 1,
    published_revision integer,                        -- the revision last sent to the outbox; null: not yet
    constraint traditional_day_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    -- a day of every year: no 31/2, 31/4, and no 29/2 (three years out of four it does not come)
    constraint traditional_day_exists check (month_of_year between 1 and 12 and day_of_month between 1 and
        case when month_of_year = 2 then 28 when month_of_year in (4, 6, 9, 11) then 30 else 31 end),
    constraint traditional_day_revision_positive check (revision >= 1)
);
create unique index traditional_day_one_families_day on traditional_day (families_day) where families_day;
create unique index traditional_day_one_fallback on traditional_day (every_other_sector) where every_other_sector;

insert into traditional_day (code, name_vi, month_of_year, day_of_month, sectors, families_day, every_other_sector,
                             established_by, source, verified) values
('PATRIOTIC_EMULATION_DAY', 'Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc', 6, 11, '', false, true,
 '1948, Lời kêu gọi thi đua ái quốc của Chủ tịch Hồ Chí Minh (11/6/1948)',
 'secondary: suckhoedoisong.vn (domain brief §7, [V])', true),
('TEACHERS_DAY', 'Ngày Nhà giáo Việt Nam', 11, 20, 'EDUCATION_TRAINING', false, false,
 '1982, Quyết định 167-HĐBT của Hội đồng Bộ trưởng',
 'secondary, quoted: lawnet.vn (domain brief §7, [V])', true),
('DOCTORS_DAY', 'Ngày Thầy thuốc Việt Nam', 2, 27, 'HEALTH', false, false,
 'reported: thư của Chủ tịch Hồ Chí Minh gửi ngành y tế ngày 27/2/1955; the act naming the day was not read',
 'secondary: moiday.com (domain brief §7, [V] for the date)', true),
('YOUTH_UNION_DAY', 'Ngày thành lập Đoàn TNCS Hồ Chí Minh', 3, 26, 'YOUTH', false, false,
 'reported: founding of the Youth Union on 26/3/1931; the act naming the day was not read',
 'secondary: moiday.com (domain brief §7, [V] for the date)', true),
('FAMILY_DAY', 'Ngày Gia đình Việt Nam', 6, 28, '', true, false,
 'reported: 2001, Quyết định của Thủ tướng Chính phủ (number not read)',
 'secondary: mix166.vn (domain brief §7, [V] for the date)', true),
('PRESS_DAY', 'Ngày Báo chí cách mạng Việt Nam', 6, 21, 'PRESS', false, false,
 '1985, Quyết định số 52 ngày 05/02/1985 của Ban Bí thư Trung ương Đảng (báo Thanh Niên, số đầu 21/6/1925)',
 'secondary, quoted: dautieng.edu.vn/tai-nguyen/Giao-an/21-6-NGAY-BAO-CHI-VIET-NAM.html (Quyết định số 52,'
     || ' 05/02/1985); media.qdnd.vn (Ban Bí thư, tháng 2/1985)', true),
('PEOPLES_POLICE_DAY', 'Ngày truyền thống Công an nhân dân', 8, 19, 'SECURITY', false, false,
 '1945, thành lập Công an nhân dân (19/8/1945); từ 2005 cũng là Ngày hội toàn dân bảo vệ an ninh Tổ quốc theo'
     || ' quyết định của Thủ tướng Chính phủ (number not read)',
 'secondary: cand.com.vn ("Ngày 19/8 hằng năm là Ngày hội toàn dân bảo vệ an ninh Tổ quốc"); thvl.vn', true),
('SPORTS_DAY', 'Ngày Thể thao Việt Nam', 3, 27, 'SPORTS', false, false,
 '1991, Quyết định số 25/CT ngày 29/1/1991 của Hội đồng Bộ trưởng (Lời kêu gọi toàn dân tập thể dục, 27/3/1946)',
 'secondary, quoted: doisongphapluat.com.vn; recsports.vn (Quyết định số 25/CT)', true),
('SCIENCE_TECHNOLOGY_DAY', 'Ngày Khoa học và Công nghệ Việt Nam', 5, 18, 'SCIENCE_TECHNOLOGY', false, false,
 '2013, Luật Khoa học và Công nghệ, Điều 7',
 'secondary, quoted: sokhcn.vinhphuc.gov.vn ("Theo quy định tại Điều 7 Luật Khoa học và Công nghệ, ngày 18/5'
     || ' hằng năm là Ngày KH&CN Việt Nam"); tapchicongthuong.vn', true),
('PEOPLES_ARMY_DAY', 'Ngày thành lập Quân đội nhân dân Việt Nam', 12, 22, '', false, false,
 '1944, thành lập Đội Việt Nam Tuyên truyền Giải phóng quân (22/12/1944); Ngày hội Quốc phòng toàn dân từ 1989'
     || ' (act not read)',
 'secondary: vietnamnet.vn; pbgdpl.cantho.gov.vn (date). No Sector of the platform: SOLDIER is a target group, not'
     || ' a sector, so the day is kept for ceremonies (SECTOR_DAY) and honours no sector''s stories', true),
('ENTREPRENEURS_DAY', 'Ngày Doanh nhân Việt Nam', 10, 13, 'ECONOMY', false, false,
 '2004, Quyết định số 990/QĐ-TTg ngày 20/9/2004 của Thủ tướng Chính phủ (thư của Chủ tịch Hồ Chí Minh gửi giới'
     || ' công thương, 13/10/1945)',
 'secondary, quoted: nvsk.vnanet.vn (TTXVN); nganhangphapluat.thukyluat.vn (Quyết định 990/QĐ-TTg năm 2004)', true);

-- A ceremony names the traditional day it is held on: the five fixed occasions their own day, SECTOR_DAY any day of
-- the table by its code. Ceremonies of the five occasions scheduled before V18 get their day.
alter table ceremony add column traditional_day_code varchar(40) references traditional_day (code);
update ceremony set traditional_day_code = occasion
 where occasion in ('PATRIOTIC_EMULATION_DAY', 'TEACHERS_DAY', 'DOCTORS_DAY', 'YOUTH_UNION_DAY', 'FAMILY_DAY');
alter table ceremony drop constraint ceremony_occasion;
alter table ceremony add constraint ceremony_occasion check (occasion in ('ANNUAL_REVIEW', 'MOVEMENT_REVIEW',
    'PATRIOTIC_EMULATION_DAY', 'TEACHERS_DAY', 'DOCTORS_DAY', 'YOUTH_UNION_DAY', 'FAMILY_DAY', 'SECTOR_DAY', 'OTHER'));
alter table ceremony add constraint ceremony_sector_day_named check (occasion <> 'SECTOR_DAY' or traditional_day_code
    is not null);
