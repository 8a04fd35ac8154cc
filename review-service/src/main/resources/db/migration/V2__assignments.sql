-- Council members assigned to review a case; a member sees only the cases assigned to them.
create table review_assignment (
    case_id      uuid not null references review_case (id),
    member_id    varchar(200) not null,
    assigned_at  timestamp with time zone not null,
    assigned_by  varchar(200) not null,
    primary key (case_id, member_id)
);
create index review_assignment_member on review_assignment (member_id, case_id);
