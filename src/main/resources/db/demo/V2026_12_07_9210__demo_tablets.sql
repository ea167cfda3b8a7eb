-- North Unit's tablets (API.md "Tablets and media"): JP-1001 is James Johnson's (A100001), JP-1002 and JP-1003 are in
-- stock. Each tablet's secret is demo-tablet-<number>, published here: a demo tablet signs in with
-- POST /api/v1/tablet/sessions {"serial": "JP-1001", "secret": "demo-tablet-0001", "pin": "2468"}.
insert into media.device (id, agency_id, facility_id, serial, model, status, inmate_id, secret_hash, updated_at) values
    ('0a0c0000-0000-4000-8000-0000000d0001', 'd645e428-54c2-5ccf-81dd-5316da657781', '8dbdfba8-c46e-50a2-ac63-7cd915b19cb9',
     'JP-1001', 'Homeward Tab 8', 'ISSUED', 'cc54ca72-c3c0-5acb-94e9-4eefa14fc3d4',
     '668e743ba4e7ec802858f831faeb988f9e94c5deaa22c68b91b72eaa4f5e37ea', timestamp with time zone '2026-12-07 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-0000000d0002', 'd645e428-54c2-5ccf-81dd-5316da657781', '8dbdfba8-c46e-50a2-ac63-7cd915b19cb9',
     'JP-1002', 'Homeward Tab 8', 'IN_STOCK', null,
     'bc8d17796d834181d1cf8171b749233449e3aff980976ad68528732ac26a9d20', timestamp with time zone '2026-12-07 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-0000000d0003', 'd645e428-54c2-5ccf-81dd-5316da657781', '8dbdfba8-c46e-50a2-ac63-7cd915b19cb9',
     'JP-1003', 'Homeward Tab 8', 'IN_STOCK', null,
     'bc01671e3a64dc781e3ada7df05a40e4306d1d4696fa0809d91372e2cb4d03c0', timestamp with time zone '2026-12-07 00:00:00+00');
insert into media.device_history (device_id, seq, status, inmate_id, by_id, note, at) values
    ('0a0c0000-0000-4000-8000-0000000d0001', 1, 'ISSUED', 'cc54ca72-c3c0-5acb-94e9-4eefa14fc3d4', null, 'demo',
     timestamp with time zone '2026-12-07 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-0000000d0002', 1, 'IN_STOCK', null, null, 'demo', timestamp with time zone '2026-12-07 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-0000000d0003', 1, 'IN_STOCK', null, null, 'demo', timestamp with time zone '2026-12-07 00:00:00+00');
