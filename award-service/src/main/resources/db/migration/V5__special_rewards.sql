-- Provincial special rewards (Lào Cai HĐND resolutions): a schedule of amounts by field and achievement tier, paid
-- apart from the decrees' multipliers. The official amount tables were not found (domain brief §8): every seeded
-- tier is configuration, verified = false, to be replaced by the officer with the figures of the official text.
-- No reward pays more than 200,000,000 VND.
create table special_reward_schedule (
    code        varchar(40) primary key,
    legal_basis varchar(200) not null,
    name_vi     varchar(400) not null,
    name_en     varchar(400) not null,
    verified    boolean not null
);

create table special_reward_tier (
    id             uuid primary key,
    schedule_code  varchar(40) not null references special_reward_schedule (code),
    field          varchar(40) not null,    -- a Sector: EDUCATION_TRAINING, SPORTS, PRESS, SECURITY, ...
    tier           varchar(60) not null,    -- e.g. NATIONAL_FIRST, PRIZE_A, VERY_SERIOUS_CASE
    description_vi varchar(400) not null,
    amount_vnd     bigint not null,
    verified       boolean not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(200) not null,
    unique (schedule_code, field, tier),
    constraint special_reward_tier_capped check (amount_vnd > 0 and amount_vnd <= 200000000)
);

create table special_reward (
    id              uuid primary key,
    tier_id         uuid not null references special_reward_tier (id),
    schedule_code   varchar(40) not null,
    legal_basis     varchar(200) not null,
    field           varchar(40) not null,
    tier            varchar(60) not null,
    tier_verified   boolean not null,       -- false: paid by a figure no source confirmed
    recipient_kind  varchar(20) not null,
    recipient_name  varchar(200) not null,
    achievement     varchar(2000) not null,
    award_date      date not null,
    achievements    integer not null,       -- how many achievements of the tier the reward is for
    unit_amount_vnd bigint not null,
    amount_vnd      bigint not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(200) not null,
    constraint special_reward_capped check (amount_vnd > 0 and amount_vnd <= 200000000),
    constraint special_reward_amount check (amount_vnd = unit_amount_vnd * achievements)
);
create index special_reward_newest on special_reward (award_date desc, created_at desc, id);
create index special_reward_by_schedule on special_reward (schedule_code, award_date desc, created_at desc, id);

insert into special_reward_schedule (code, legal_basis, name_vi, name_en, verified) values
 ('NQ-38-2016', 'NQ 38/2016/NQ-HĐND tỉnh Lào Cai',
  'Thưởng thành tích cao tại các kỳ thi, cuộc thi, giải thi đấu quốc gia, khu vực Đông Nam Á, châu lục và quốc tế (GD&ĐT, TDTT, KHCN và kỹ thuật, VHNT)',
  'Rewards for high achievements at national, South-East Asian, continental and international contests', true),
 ('NQ-63-2016', 'NQ 63/2016/NQ-HĐND tỉnh Lào Cai',
  'Giải thưởng Văn học nghệ thuật và Giải Báo chí tỉnh Lào Cai',
  'Lào Cai literature-and-arts and press prizes', true),
 ('PHONG-CHONG-TOI-PHAM', 'Nghị quyết HĐND tỉnh Lào Cai về thưởng phòng, chống tội phạm (số hiệu chưa xác định)',
  'Thưởng thành tích đấu tranh phòng, chống tội phạm',
  'Rewards for fighting crime', false);

insert into special_reward_tier (id, schedule_code, field, tier, description_vi, amount_vnd, verified, created_at,
                                 created_by)
select gen_random_uuid(), 'NQ-38-2016', field, tier, description, amount, false, now(), 'seed (V5)'
from (values ('EDUCATION_TRAINING'), ('SPORTS'), ('SCIENCE_TECHNOLOGY'), ('LITERATURE_ARTS')) as f (field)
cross join (values
 ('INTERNATIONAL_FIRST', 'Huy chương Vàng / giải Nhất quốc tế', 60000000),
 ('CONTINENTAL_FIRST', 'Huy chương Vàng / giải Nhất châu lục', 40000000),
 ('SEA_FIRST', 'Huy chương Vàng / giải Nhất khu vực Đông Nam Á', 30000000),
 ('NATIONAL_FIRST', 'Huy chương Vàng / giải Nhất quốc gia', 20000000),
 ('NATIONAL_SECOND', 'Huy chương Bạc / giải Nhì quốc gia', 15000000),
 ('NATIONAL_THIRD', 'Huy chương Đồng / giải Ba quốc gia', 10000000)
) as t (tier, description, amount);

insert into special_reward_tier (id, schedule_code, field, tier, description_vi, amount_vnd, verified, created_at,
                                 created_by)
select gen_random_uuid(), 'NQ-63-2016', field, tier, description, amount, false, now(), 'seed (V5)'
from (values ('LITERATURE_ARTS'), ('PRESS')) as f (field)
cross join (values
 ('PRIZE_A', 'Giải A', 20000000),
 ('PRIZE_B', 'Giải B', 15000000),
 ('PRIZE_C', 'Giải C', 10000000),
 ('CONSOLATION', 'Giải Khuyến khích', 5000000)
) as t (tier, description, amount);

insert into special_reward_tier (id, schedule_code, field, tier, description_vi, amount_vnd, verified, created_at,
                                 created_by) values
 (gen_random_uuid(), 'PHONG-CHONG-TOI-PHAM', 'SECURITY', 'SERIOUS_CASE', 'Phá án nghiêm trọng', 10000000, false, now(), 'seed (V5)'),
 (gen_random_uuid(), 'PHONG-CHONG-TOI-PHAM', 'SECURITY', 'VERY_SERIOUS_CASE', 'Phá án rất nghiêm trọng', 20000000, false, now(), 'seed (V5)'),
 (gen_random_uuid(), 'PHONG-CHONG-TOI-PHAM', 'SECURITY', 'EXCEPTIONAL', 'Thành tích đặc biệt xuất sắc (mức tối đa)', 200000000, false, now(), 'seed (V5)');
