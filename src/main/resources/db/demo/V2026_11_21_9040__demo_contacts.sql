-- The demo family is a contact of A100001 (API.md, "Demo data").
insert into contacts.contact (id, account_id, inmate_id, agency_id, status, blocked_by, created_at, updated_at, decided_by)
select '0c0c0000-0000-4000-8000-0000000000c1', '0a0c0000-0000-4000-8000-0000000000f1', i.id, i.agency_id, 'ACTIVE', null,
       timestamp with time zone '2026-01-01 00:00:00+00', timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.inmate i
 where i.inmate_number = 'A100001';
