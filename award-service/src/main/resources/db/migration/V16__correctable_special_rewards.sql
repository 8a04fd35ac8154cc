-- "The law, round two", special resolutions of the province: schedules say where and when they apply, what kind of
-- resolution they follow and what cap (if any) it sets; schedules and tiers are corrected with a reason, counting a
-- revision (the audit trail keeps the old values). The special_reward rows keep the figures copied on them: nothing
-- here changes an amount already paid.

alter table special_reward_schedule
    add column kind varchar(20) not null default 'REWARD',
    add column territory varchar(20) not null default 'LAO_CAI_CU',
    add column valid_from date,
    add column valid_to date,
    add column cap_vnd bigint,
    add column note varchar(1000),
    add column revision integer not null default 1;
alter table special_reward_schedule
    add constraint special_reward_schedule_kind check (kind in ('REWARD', 'SUPPORT')),
    add constraint special_reward_schedule_territory check (territory in ('LAO_CAI_CU', 'YEN_BAI_CU', 'LAO_CAI')),
    add constraint special_reward_schedule_validity check (valid_to is null or valid_from is null
                                                           or valid_to >= valid_from),
    add constraint special_reward_schedule_cap_positive check (cap_vnd is null or cap_vnd > 0),
    add constraint special_reward_schedule_revision_positive check (revision >= 1);

alter table special_reward_tier
    add column source_document varchar(200),
    add column revision integer not null default 1;
alter table special_reward_tier
    add constraint special_reward_tier_revision_positive check (revision >= 1);

-- the officer's confirmation of an unverified tier: the number of the document the amount was read in
alter table special_reward add column source_document varchar(200);

-- the 200,000,000 VND cap was a check on every row; it belongs to the schedule that sets it (cap_vnd), enforced in
-- code. Amounts stay positive.
alter table special_reward_tier drop constraint special_reward_tier_capped;
alter table special_reward_tier add constraint special_reward_tier_amount_positive check (amount_vnd > 0);
alter table special_reward drop constraint special_reward_capped;
alter table special_reward add constraint special_reward_amount_positive check (amount_vnd > 0);

-- NQ 38/2016 and NQ 63/2016: dated 18/7/2016 (NQ 63 in force 1/8/2016, domain brief §8, read). Their end is assumed:
-- the pre-merger province ends on 30/6/2025 (merger with Yên Bái, 1/7/2025), and whether the merged province
-- replaced them was not found.
update special_reward_schedule
set territory  = 'LAO_CAI_CU',
    kind       = 'REWARD',
    valid_from = date '2016-07-18',
    valid_to   = date '2025-06-30',
    note       = 'Ngày ban hành 18/7/2016 (đã đối chiếu); hết hiệu lực 30/6/2025 là giả định, chưa xác minh (hợp nhất'
                 || ' tỉnh từ 1/7/2025; chưa tìm thấy văn bản thay thế, có thể vẫn áp dụng trên địa bàn tỉnh cũ). Bảng mức thưởng chưa tìm thấy: các mức là'
                 || ' cấu hình, chưa xác minh.'
where code = 'NQ-38-2016';
update special_reward_schedule
set territory  = 'LAO_CAI_CU',
    kind       = 'REWARD',
    valid_from = date '2016-08-01',
    valid_to   = date '2025-06-30',
    note       = 'Ban hành 18/7/2016, hiệu lực từ 1/8/2016 (đã đối chiếu); hết hiệu lực 30/6/2025 là giả định, chưa'
                 || ' xác minh (hợp nhất tỉnh từ 1/7/2025; có thể vẫn áp dụng trên địa bàn tỉnh cũ). Quy chế xét giải: QĐ 34/2018/QĐ-UBND. Bảng mức giải'
                 || ' chưa tìm thấy: các mức là cấu hình, chưa xác minh.'
where code = 'NQ-63-2016';
-- no crime-fighting reward resolution was found: only a drug-fighting support resolution (10M / 20M VND a case,
-- the seeded SERIOUS_CASE and VERY_SERIOUS_CASE) and ad-hoc "thưởng nóng"; the 200M maximum is the brief's claim.
update special_reward_schedule
set territory  = 'LAO_CAI_CU',
    kind       = 'SUPPORT',
    valid_from = null,
    valid_to   = date '2025-06-30',
    cap_vnd    = 200000000,
    note       = 'Không tìm thấy nghị quyết thưởng phòng, chống tội phạm (mức tối đa 200 triệu đồng chưa xác minh).'
                 || ' Chỉ tìm thấy nghị quyết hỗ trợ phòng, chống ma túy (20 triệu/vụ rất nghiêm trọng, 10 triệu/vụ'
                 || ' nghiêm trọng; số hiệu và ngày chưa xác định) và thưởng nóng của Chủ tịch UBND tỉnh. Đây là mức'
                 || ' hỗ trợ, không phải mức thưởng; ngày bắt đầu chưa xác định, hết hiệu lực 30/6/2025 là giả định.'
where code = 'PHONG-CHONG-TOI-PHAM';
