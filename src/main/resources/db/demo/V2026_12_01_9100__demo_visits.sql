-- Demo video visits (issue: video visits): North Unit books without approval, daily 08:00-20:00 New York time,
-- two stations, 15 minutes for $2.95 or 30 for $5.90, two visits a week, bookable up to the next quarter hour (so that a
-- newcomer can book one and join it at once); South Unit is booked a day ahead and asks staff to approve each.
insert into visits.schedule (facility_id, agency_id, time_zone, stations, weekly_allowance, min_hours_ahead, max_days_ahead,
                             cancel_cutoff_hours, needs_approval, recorded, retention_days, updated_at) values
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 'd645e428-54c2-5ccf-81dd-5316da657781', 'America/New_York', 2, 2, 0, 14,
     24, false, true, 90, timestamp with time zone '2026-01-01 00:00:00+00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 'd645e428-54c2-5ccf-81dd-5316da657781', 'America/New_York', 1, 2, 24, 14,
     24, true, true, 90, timestamp with time zone '2026-01-01 00:00:00+00');

insert into visits.opening (facility_id, day_of_week, opens, closes) values
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 1, time '08:00', time '20:00'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 2, time '08:00', time '20:00'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 3, time '08:00', time '20:00'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 4, time '08:00', time '20:00'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 5, time '08:00', time '20:00'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 6, time '08:00', time '20:00'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 7, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 1, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 2, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 3, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 4, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 5, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 6, time '08:00', time '20:00'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 7, time '08:00', time '20:00');

insert into visits.visit_length (facility_id, minutes, price_minor, currency) values
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 15, 295, 'USD'),
    ('8dbdfba8-c46e-50a2-ac63-7cd915b19cb9', 30, 590, 'USD'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 15, 295, 'USD'),
    ('e5bc8ca0-5c99-5e12-924c-93239c4a859a', 30, 590, 'USD');

-- A visitation officer of DEMO-DOC, who runs the day's visits (Staff#2026).
insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, facility_id, status, created_at) values
    ('0a0c0000-0000-4000-8000-000000000006', 'STAFF', 'visits@demo-doc.test',
     '{bcrypt}$2a$10$2FMpum44DHbpgOezZgkNTuN7W/uRJKWRcuoq6gVy6PleNk7wpnA06', 'Demo DOC Visitation', 'd645e428-54c2-5ccf-81dd-5316da657781', null, 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00');
insert into accounts.staff_role (account_id, role) values
    ('0a0c0000-0000-4000-8000-000000000006', 'VISITATION_OFFICER');
