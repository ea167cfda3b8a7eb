-- The demo's media store (API.md "Tablets and media"): DEMO-DOC offers every kind but explicit content, and earns a
-- 10% commission on each sale. The catalogue itself is read from its files at start-up (DemoCatalogue).
insert into media.policy (agency_id, kinds, explicit_allowed, commission_bps, updated_at)
select id, 'MUSIC,VIDEO,EBOOK,GAME,PODCAST', false, 1000, timestamp with time zone '2026-12-07 00:00:00+00'
  from directory.agency where code = 'DEMO-DOC';
