-- What DEMO-DOC sells as devices: a tablet and a music player, bought from an inmate's balance or by a family.
insert into media.tablet_model (id, agency_id, name, description, price_minor, currency, active, created_at) values
    ('0a0c0000-0000-4000-8000-0000000e0001', 'd645e428-54c2-5ccf-81dd-5316da657781', 'Homeward Tab 8',
     '8-inch tablet in a clear case, 32 GB, earbuds included: messages, music, books, games and courses.', 8900, 'USD',
     true, timestamp with time zone '2026-12-07 00:00:00+00'),
    ('0a0c0000-0000-4000-8000-0000000e0002', 'd645e428-54c2-5ccf-81dd-5316da657781', 'Homeward Tunes 4',
     'Music player in a clear case, 16 GB, earbuds included: the songs you own, without the tablet''s other services.',
     4900, 'USD', true, timestamp with time zone '2026-12-07 00:00:00+00');
