-- Nominations an agency is still preparing: free to change, not seen by the council until submitted.
create table nomination_draft (
    id                       uuid primary key,
    agency_code              varchar(50) not null,
    movement_id              uuid not null references movement (id),
    content                  jsonb not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(200) not null,
    updated_at               timestamp with time zone not null,
    submitted_nomination_id  uuid references nomination (id),
    submitted_at             timestamp with time zone,
    version                  bigint not null
);
create index nomination_draft_agency on nomination_draft (agency_code, updated_at desc, id);
