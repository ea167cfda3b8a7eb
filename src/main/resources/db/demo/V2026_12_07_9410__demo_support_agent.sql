-- The demo's support agent (API.md, "Retail and phone deposits"): support@homeward.test / Support#2026. Never in
-- production.
insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, facility_id, status, created_at) values
    ('0a0c0000-0000-4000-8000-000000000051', 'OPERATOR', 'support@homeward.test',
     '{bcrypt}$2a$10$LTEJWgTHUAdAPWXiNkjXaO5E76wXbj0lxxgmMrclefWWoT9U7ldj6', 'Homeward Support', null, null, 'ACTIVE',
     timestamp with time zone '2026-01-01 00:00:00+00');
insert into accounts.platform_role (account_id, role) values ('0a0c0000-0000-4000-8000-000000000051', 'SUPPORT_AGENT');
