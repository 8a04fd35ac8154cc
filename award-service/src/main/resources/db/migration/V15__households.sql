-- Households (hộ gia đình) are recipients under the 2022 Law and NĐ 152/2025: certificates of merit and commendation
-- go to them at 1.5 × the individual amount (reported for NĐ 152/2025 Điều 54(1)(e) by the press, domain brief §10;
-- the sentence was not read, and the same factor is assumed for every certificate type and period), and *Gia đình
-- văn hóa* is a household's own title. Awards already drafted or signed keep their figures.

alter table award_type add column household_factor numeric(4, 2);
alter table award_type add constraint award_type_household_factor_positive check (household_factor > 0);
update award_type set household_factor = 1.5 where recipient = 'ANY';
update award_type set recipient = 'HOUSEHOLD' where code = 'GIA_DINH_VAN_HOA';

alter table blocked_approval drop constraint blocked_approval_nominee_kind;
alter table blocked_approval add constraint blocked_approval_nominee_kind
    check (nominee_kind in ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'));
