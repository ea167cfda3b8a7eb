-- The demo agencies' keyword lists (API.md: DEMO-DOC's includes "escape") and reasons for rejecting a message.
insert into screening.keyword (id, agency_id, phrase, category, created_at, created_by)
select '0e0e0000-0000-4000-8000-000000000001', id, 'escape', 'ESCAPE', timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.agency where code = 'DEMO-DOC';
insert into screening.keyword (id, agency_id, phrase, category, created_at, created_by)
select '0e0e0000-0000-4000-8000-000000000002', id, 'ladder over the fence', 'ESCAPE', timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.agency where code = 'DEMO-DOC';
insert into screening.keyword (id, agency_id, phrase, category, created_at, created_by)
select '0e0e0000-0000-4000-8000-000000000003', id, 'fentanyl', 'DRUGS', timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.agency where code = 'DEMO-DOC';
insert into screening.keyword (id, agency_id, phrase, category, created_at, created_by)
select '0e0e0000-0000-4000-8000-000000000004', id, 'shank', 'VIOLENCE', timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.agency where code = 'DEMO-DOC';
insert into screening.keyword (id, agency_id, phrase, category, created_at, created_by)
select '0e0e0000-0000-4000-8000-000000000005', id, 'escape', 'ESCAPE', timestamp with time zone '2026-01-01 00:00:00+00', null
  from directory.agency where code = 'DEMO-FED';

insert into screening.reject_reason (agency_id, code, text)
select id, 'THREAT', 'Threatens the safety of a person or of the facility' from directory.agency where code in ('DEMO-DOC', 'DEMO-FED');
insert into screening.reject_reason (agency_id, code, text)
select id, 'CONTRABAND', 'Arranges contraband or drugs' from directory.agency where code in ('DEMO-DOC', 'DEMO-FED');
insert into screening.reject_reason (agency_id, code, text)
select id, 'ESCAPE', 'Plans or helps an escape' from directory.agency where code in ('DEMO-DOC', 'DEMO-FED');
insert into screening.reject_reason (agency_id, code, text)
select id, 'PHOTO_POLICY', 'The photo breaks the photo rules (nudity, gang signs, weapons)' from directory.agency where code in ('DEMO-DOC', 'DEMO-FED');
