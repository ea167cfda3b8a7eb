-- Demo sign-ins (API.md, "Demo data"): staff of both demo agencies and one platform operator.
-- Passwords: Staff#2026 for staff, Operator#2026 for the operator. Never in production.
insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, facility_id, status, created_at) values
    ('0a0c0000-0000-4000-8000-000000000001', 'STAFF', 'reviewer@demo-doc.test',
     '{bcrypt}$2a$10$2FMpum44DHbpgOezZgkNTuN7W/uRJKWRcuoq6gVy6PleNk7wpnA06', 'Demo DOC Mailroom', 'd645e428-54c2-5ccf-81dd-5316da657781', null, 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-000000000002', 'STAFF', 'reviewer@demo-fed.test',
     '{bcrypt}$2a$10$2FMpum44DHbpgOezZgkNTuN7W/uRJKWRcuoq6gVy6PleNk7wpnA06', 'Demo FED Mailroom', '5c5f306d-2edc-5be2-8c4a-25b0ef675ddb', null, 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-000000000003', 'STAFF', 'investigator@demo-doc.test',
     '{bcrypt}$2a$10$2FMpum44DHbpgOezZgkNTuN7W/uRJKWRcuoq6gVy6PleNk7wpnA06', 'Demo DOC Investigator', 'd645e428-54c2-5ccf-81dd-5316da657781', null, 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-000000000004', 'STAFF', 'admin@demo-doc.test',
     '{bcrypt}$2a$10$2FMpum44DHbpgOezZgkNTuN7W/uRJKWRcuoq6gVy6PleNk7wpnA06', 'Demo DOC Administrator', 'd645e428-54c2-5ccf-81dd-5316da657781', null, 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-000000000005', 'OPERATOR', 'operator@homeward.test',
     '{bcrypt}$2a$10$f1kKh2nayb4X9BpSp3rO4Obzj/2iWFyA76aztxWlaT4VsUwSsaND.', 'Homeward Operator', null, null, 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00');

insert into accounts.staff_role (account_id, role) values
    ('0a0c0000-0000-4000-8000-000000000001', 'MAILROOM_REVIEWER'),
    ('0a0c0000-0000-4000-8000-000000000002', 'MAILROOM_REVIEWER'),
    ('0a0c0000-0000-4000-8000-000000000003', 'INVESTIGATOR'),
    ('0a0c0000-0000-4000-8000-000000000004', 'AGENCY_ADMIN');
