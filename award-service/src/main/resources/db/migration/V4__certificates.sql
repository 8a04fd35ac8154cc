-- Certificates: what a type's printed certificate is, and the facts of the nomination it names.
-- a type added later without saying so prints as a title, the most common kind
alter table award_type add column certificate_kind varchar(20) default 'TITLE';
update award_type set certificate_kind = case
    when code like 'BANG_KHEN%' then 'MERIT'          -- Bằng khen
    when code like 'GIAY_KHEN%' then 'COMMENDATION'   -- Giấy khen
    else 'TITLE' end;                                 -- a title (danh hiệu): "công nhận danh hiệu …"
alter table award_type
    alter column certificate_kind set not null,
    add constraint award_type_certificate_kind check (certificate_kind in ('MERIT', 'COMMENDATION', 'TITLE'));

-- From the approval's nomination; null for awards drafted before V4.
alter table award
    add column agency_code varchar(60),
    add column organization varchar(300),
    add column movement_name varchar(300),
    add column movement_year integer;
