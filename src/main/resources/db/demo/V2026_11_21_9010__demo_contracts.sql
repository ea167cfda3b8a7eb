-- Demo contracts (API.md, "Demo data"): DEMO-DOC is a JPay-style state contract, DEMO-FED a TRULINCS-style one.
insert into contracts.contract (id, agency_id, status, starts_on, service_ends_on, view_only_until, export_retention_days,
                                contact_policy, contact_cap, screening_policy, hold_all_photos, message_delivery,
                                chars_per_page, max_chars, photos_allowed, max_photos,
                                stamps_per_page, stamps_per_photo, stamps_per_reply, currency, inmate_stamp_price_minor,
                                deposit_max_minor, deposit_daily_max_minor, deposit_30_day_max_minor,
                                deposit_commission_minor, message_commission_minor, version, updated_at) values
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'd645e428-54c2-5ccf-81dd-5316da657781', 'ACTIVE', date '2026-01-01', null, null, 365,
     'OPEN', 30, 'HOLD_FLAGGED', false, 'ELECTRONIC',
     6000, 30000, true, 5,
     1, 1, 1, 'USD', 45,
     30000, 60000, 150000,
     250, 5, 0, timestamp with time zone '2026-01-01 00:00:00+00'),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', '5c5f306d-2edc-5be2-8c4a-25b0ef675ddb', 'ACTIVE', date '2026-01-01', null, null, 365,
     'INMATE_INITIATED', 30, 'HOLD_FLAGGED', false, 'ELECTRONIC',
     13000, 13000, false, 0,
     1, 0, 1, 'USD', 40,
     30000, 60000, 150000,
     200, 5, 0, timestamp with time zone '2026-01-01 00:00:00+00');

insert into contracts.service (contract_id, service, enabled) values
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'MESSAGING', true),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'DEPOSITS', true),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'VIDEO_VISITS', true),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'MEDIA', true),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'TABLETS', true),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'SUPERVISION_PAYMENTS', true),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'MESSAGING', true),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'DEPOSITS', true),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'VIDEO_VISITS', false),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'MEDIA', false),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'TABLETS', false),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'SUPERVISION_PAYMENTS', false);

-- South Unit prints its mail in the mailroom and has no tablets.
insert into contracts.facility_delivery (contract_id, facility_id, message_delivery) values
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'e5bc8ca0-5c99-5e12-924c-93239c4a859a', 'PRINTED');
insert into contracts.facility_service (contract_id, facility_id, service, enabled) values
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'e5bc8ca0-5c99-5e12-924c-93239c4a859a', 'TABLETS', false);

insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active) values
    ('0b7c1d2e-0001-4000-8000-0000000b0005', '0b7c1d2e-0001-4000-8000-00000000d0c1', 5, 225, true),
    ('0b7c1d2e-0001-4000-8000-0000000b0010', '0b7c1d2e-0001-4000-8000-00000000d0c1', 10, 400, true),
    ('0b7c1d2e-0001-4000-8000-0000000b0020', '0b7c1d2e-0001-4000-8000-00000000d0c1', 20, 750, true),
    ('0b7c1d2e-0001-4000-8000-0000000b0040', '0b7c1d2e-0001-4000-8000-00000000d0c1', 40, 1400, true),
    ('0b7c1d2e-0002-4000-8000-0000000b0010', '0b7c1d2e-0002-4000-8000-00000000fed1', 10, 400, true),
    ('0b7c1d2e-0002-4000-8000-0000000b0020', '0b7c1d2e-0002-4000-8000-00000000fed1', 20, 750, true);

insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor) values
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'ONLINE', 2000, 495),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'ONLINE', 10000, 695),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'ONLINE', 20000, 895),
    ('0b7c1d2e-0001-4000-8000-00000000d0c1', 'ONLINE', 30000, 1195),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 'ONLINE', 30000, 0);
