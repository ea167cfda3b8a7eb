-- People under the demo agency's supervision (parole and probation), for supervision payments.
insert into deposits.supervision_case (id, agency_id, case_number, first_name, last_name, status)
select '0d0d0000-0000-4000-8000-000000000001', id, 'P-1001', 'Carlos', 'Mendez', 'ACTIVE' from directory.agency where code = 'DEMO-DOC';
insert into deposits.supervision_case (id, agency_id, case_number, first_name, last_name, status)
select '0d0d0000-0000-4000-8000-000000000002', id, 'P-1002', 'Dana', 'Whitfield', 'ACTIVE' from directory.agency where code = 'DEMO-DOC';
