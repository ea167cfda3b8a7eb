-- DEMO-COUNTY (API.md, "Demo data"): a county sheriff's jail in Texas on JPay-style stamps and deposits, the agency of
-- the README's wind-down story; and DEMO-FED becomes TRULINCS-style: free for families, the inmate pays $0.05 a
-- minute of terminal time (blocks of 40, 100, 200, 300, 600) and $0.15 a printed page.
insert into directory.agency (id, code, name, state, kind, created_at) values
    ('7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'DEMO-COUNTY', 'Demo County Sheriff''s Office', 'TX', 'COUNTY', timestamp with time zone '2026-01-01 00:00:00+00');

insert into directory.facility (id, agency_id, code, name) values
    ('7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'JAIL', 'Demo County Jail');

insert into directory.housing_unit (id, facility_id, code) values
    ('7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', 'POD-A'),
    ('7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', 'POD-B');

insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
                              date_of_birth, facility_id, housing_unit_id, status, updated_at) values
    ('e14fc05c-f30b-5650-9a06-30b431eca065', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300001', 'Carlos', 'Benavides', 'carlos', 'benavides', date '1970-01-10', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('4cf8a319-9da4-51d5-9766-64e268ced1e0', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300002', 'Dana', 'Cole', 'dana', 'cole', date '1971-02-11', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('a307713e-a440-5eb9-94a5-c214675a8065', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300003', 'Eli', 'Duarte', 'eli', 'duarte', date '1972-03-12', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('29aef55c-2def-5123-b381-c08bfc983806', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300004', 'Fatima', 'Ellis', 'fatima', 'ellis', date '1973-04-13', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('26a9b2c6-bc95-5af4-957b-10868871c941', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300005', 'Gus', 'Fuentes', 'gus', 'fuentes', date '1974-05-14', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('1188d212-ad6a-518a-ac90-53306723408a', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300006', 'Hannah', 'Garza', 'hannah', 'garza', date '1975-06-15', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('5e116efc-4e47-5abb-afc6-9eb62308a0e7', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300007', 'Ivan', 'Howard', 'ivan', 'howard', date '1976-07-16', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('e225e1e6-35e3-5ae4-bb12-1f5822c54c1d', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300008', 'Jasmine', 'Ibarra', 'jasmine', 'ibarra', date '1977-08-17', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('733cc8c8-8748-5331-84e7-1860f07126ae', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300009', 'Kyle', 'Jenkins', 'kyle', 'jenkins', date '1978-09-18', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('98cd8b1b-a5fc-58f4-a6e5-274aa75876d6', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300010', 'Lorena', 'Kelly', 'lorena', 'kelly', date '1979-01-10', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('3d6ac8a0-562a-5aa4-8920-86ade6cd26f0', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300011', 'Marcus', 'Lozano', 'marcus', 'lozano', date '1980-02-11', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('67184238-6ed5-53fc-8f08-b83673614565', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300012', 'Nadia', 'Moreno', 'nadia', 'moreno', date '1981-03-12', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('890506fc-ede9-56e9-8e06-18fa276de7d3', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300013', 'Oscar', 'Nash', 'oscar', 'nash', date '1982-04-13', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('69bc8a62-6f69-5df4-954e-693991ee0dd8', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300014', 'Paula', 'Ortiz', 'paula', 'ortiz', date '1983-05-14', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('b65a8d63-dbc3-5d20-8a1f-af1d79e9b8a7', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300015', 'Quinn', 'Price', 'quinn', 'price', date '1984-06-15', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('ec80026b-0a61-5c37-baca-417388a0cf6e', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300016', 'Rosa', 'Quintero', 'rosa', 'quintero', date '1985-07-16', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('5f71659d-d6d1-53bc-a7b1-59c35b4b5009', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300017', 'Samuel', 'Reyes', 'samuel', 'reyes', date '1986-08-17', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('89856f06-757a-513c-9b65-adb8766fca2b', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300018', 'Tanya', 'Salinas', 'tanya', 'salinas', date '1987-09-18', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('65bce5e1-9746-5f5f-b284-676885e53edf', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300019', 'Ulises', 'Trevino', 'ulises', 'trevino', date '1988-01-10', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d1', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00'),
    ('d23b7a99-6389-565f-92b5-8d9d93880c36', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'C300020', 'Valerie', 'Vargas', 'valerie', 'vargas', date '1989-02-11', '7c0a1e55-0c0a-4c7e-9a3e-0000000fac01', '7c0a1e55-0c0a-4c7e-9a3e-00000000a0d2', 'ACTIVE', timestamp with time zone '2026-01-01 00:00:00+00');

-- every demo inmate's kiosk PIN is 2468 (the same hash as the other demo inmates')
insert into accounts.inmate_pin (inmate_id, agency_id, pin_hash, failures, locked_until, updated_at, updated_by)
select id, agency_id, '{bcrypt}$2a$10$GYbUHaE01V2djeYRnvZnbulihDdzkXveHMmvV2a/fv2SWvESswugm', 0, null,
       timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.inmate where agency_id = '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1';

insert into contracts.contract (id, agency_id, status, starts_on, service_ends_on, view_only_until, export_retention_days,
                                contact_policy, contact_cap, screening_policy, hold_all_photos, message_delivery,
                                chars_per_page, max_chars, photos_allowed, max_photos,
                                stamps_per_page, stamps_per_photo, stamps_per_reply, currency, inmate_stamp_price_minor,
                                deposit_max_minor, deposit_daily_max_minor, deposit_30_day_max_minor,
                                deposit_commission_minor, message_commission_minor, version, updated_at) values
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', '7c0a1e55-0c0a-4c7e-9a3e-00000000c0c1', 'ACTIVE', date '2026-01-01', null, null, 365,
     'OPEN', 30, 'HOLD_FLAGGED', false, 'ELECTRONIC',
     6000, 30000, true, 3,
     1, 1, 1, 'USD', 45,
     30000, 60000, 150000,
     200, 5, 0, timestamp with time zone '2026-01-01 00:00:00+00');

insert into contracts.service (contract_id, service, enabled) values
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'MESSAGING', true),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'DEPOSITS', true),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'VIDEO_VISITS', false),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'MEDIA', false),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'TABLETS', false),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'SUPERVISION_PAYMENTS', false);

insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active) values
    ('0b7c1d2e-0003-4000-8000-0000000b0010', '0b7c1d2e-0003-4000-8000-0000000c0c01', 10, 450, true),
    ('0b7c1d2e-0003-4000-8000-0000000b0020', '0b7c1d2e-0003-4000-8000-0000000c0c01', 20, 800, true);

insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor) values
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'ONLINE', 2000, 395),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'ONLINE', 10000, 595),
    ('0b7c1d2e-0003-4000-8000-0000000c0c01', 'ONLINE', 30000, 995);

update contracts.contract set message_pricing = 'INMATE_TIME', per_minute_minor = 5, per_printed_page_minor = 15
 where id = '0b7c1d2e-0002-4000-8000-00000000fed1';
insert into contracts.minute_block (contract_id, minutes) values
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 40),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 100),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 200),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 300),
    ('0b7c1d2e-0002-4000-8000-00000000fed1', 600);
