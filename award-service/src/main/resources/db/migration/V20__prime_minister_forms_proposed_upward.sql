-- The Prime Minister's forms are proposed upward too (issue "The law, round two"). Chiến sĩ thi đua toàn quốc, Bằng
-- khen của Thủ tướng Chính phủ and Cờ thi đua của Chính phủ are decided by the Prime Minister, not by the province,
-- which until now signed them itself as "QĐ-TTg" decisions. Like the President's forms (V17) an approval of one now
-- becomes an upward proposal. Written without V18/V19 (someone else's): nothing here reads them.

-- "Decided by the state" says by whom: the President or the Prime Minister. decided_by_state stays, for the API's
-- readers, and always agrees.
alter table award_type add column decided_above varchar(40);
update award_type set decided_above = 'PRESIDENT' where decided_by_state;
-- Luật TĐKT 2003 Art. 78 and 79 (as quoted by thukyluat.vn, "Mức thưởng tiền Bằng khen hiện nay": "Thủ tướng Chính
-- phủ quyết định tặng Bằng khen của Thủ tướng Chính phủ"); the three forms' granted_by has named the Prime Minister
-- since V1, and award_authority gives them to PRIME_MINISTER alone (V6, V13)
update award_type set decided_above = 'PRIME_MINISTER', decided_by_state = true
 where code in ('CHIEN_SI_THI_DUA_TOAN_QUOC', 'BANG_KHEN_THU_TUONG', 'CO_THI_DUA_CHINH_PHU');
alter table award_type add constraint award_type_decided_above check (decided_above in ('PRESIDENT', 'PRIME_MINISTER')
    and decided_by_state or decided_above is null and not decided_by_state);

-- Whom a proposal goes to: what the Tờ trình is addressed to, and who answers it (its refusal included).
alter table upward_proposal add column higher_authority varchar(40);
update upward_proposal p set higher_authority = t.decided_above from award_type t where t.code = p.award_code;
update upward_proposal set higher_authority = 'PRESIDENT' where higher_authority is null;
alter table upward_proposal alter column higher_authority set not null;
alter table upward_proposal add constraint upward_proposal_higher_authority
    check (higher_authority in ('PRESIDENT', 'PRIME_MINISTER'));
-- the fund of the province that pays the reward of a higher decision (README, "Rules and their sources")
alter table upward_proposal add column fund varchar(60);

-- A blocked approval whose title is corrected to a state-level form is resolved by proposing it upward: resolved
-- without an award.
alter table blocked_approval add column proposed_upward boolean not null default false;
alter table blocked_approval drop constraint blocked_approval_resolved;
alter table blocked_approval add constraint blocked_approval_resolved check (
    (unblocked_at is null and award_id is null and not proposed_upward)
    or (unblocked_at is not null and (award_id is not null) <> proposed_upward));

-- The QĐ-TTg issuer stays registered, for the decisions signed under it before this migration, but it signs nothing
-- here any more: an issuer acting for an authority above the province is refused for a provincial decision
-- (SigningAuthority), and none can be registered (IssuerRegistration). The higher decisions themselves are recorded
-- on their proposals (UpwardProposalDecision). Draft awards of the three forms drafted before this migration stay
-- drafts that no issuer may sign.
