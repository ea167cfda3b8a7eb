-- The demo family (API.md): family@example.com / Family#2026, registered for A100001.
insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, facility_id, status, created_at) values
    ('0a0c0000-0000-4000-8000-0000000000f1', 'FAMILY', 'family@example.com',
     '{bcrypt}$2a$10$KrVUMne/AtYVaN/E5yJoPu2XMLQP5YzEXSA/DxpuHpJtBHywD6FvO', 'Maria Johnson', null, null, 'ACTIVE',
     timestamp with time zone '2026-01-01 00:00:00+00');
insert into accounts.family_profile (account_id, first_name, last_name, address_line1, address_line2, city, region,
                                     postal_code, country, language, terms_version, terms_accepted_at, registered_for) values
    ('0a0c0000-0000-4000-8000-0000000000f1', 'Maria', 'Johnson', '100 Biscayne Blvd', null, 'Miami', 'FL', '33132', 'US',
     'en', '2026-11', timestamp with time zone '2026-01-01 00:00:00+00', 'cc54ca72-c3c0-5acb-94e9-4eefa14fc3d4');
insert into accounts.phone (account_id, position, e164) values ('0a0c0000-0000-4000-8000-0000000000f1', 0, '+13055550100');

-- Every demo inmate's kiosk PIN is 2468.
insert into accounts.inmate_pin (inmate_id, agency_id, pin_hash, failures, locked_until, updated_at, updated_by)
select id, agency_id, '{bcrypt}$2a$10$GYbUHaE01V2djeYRnvZnbulihDdzkXveHMmvV2a/fv2SWvESswugm', 0, null,
       timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.inmate;
