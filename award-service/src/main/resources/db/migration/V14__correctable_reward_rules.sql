-- "The law, round two": base salaries and multipliers can be corrected (each correction counts a revision on the
-- row; the audit trail keeps the values it replaced and the reason) and withdrawn while no signed award used them.
-- Awards keep the figures stored with them: nothing here touches the award table.

alter table base_salary add column revision integer not null default 1;
alter table reward_multiplier add column revision integer not null default 1;
-- a period corrected through the API before V14 has had one correction already
update reward_multiplier set revision = 2 where source like 'corrected through the API:%';

alter table base_salary add constraint base_salary_revision_positive check (revision >= 1);
alter table reward_multiplier add constraint reward_multiplier_revision_positive check (revision >= 1);
alter table base_salary add constraint base_salary_amount_positive check (amount_vnd > 0);
alter table reward_multiplier add constraint reward_multiplier_positive check (multiplier > 0);

-- the withdrawal's question: did a signed award of this code use this period?
create index award_signed_by_code_and_date on award (award_code, decision_date) where status in ('GRANTED', 'REVOKED');
