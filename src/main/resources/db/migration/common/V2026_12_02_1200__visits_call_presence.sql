-- How long both sides of a call were connected, from the reports their pages send every few seconds while the call
-- is open: when each side was last seen connected, whether it ever reported, up to when the time both were
-- connected was counted, and that time.
alter table visits.call_room add column family_seen_at timestamp with time zone;
alter table visits.call_room add column inmate_seen_at timestamp with time zone;
alter table visits.call_room add column family_reports boolean not null default false;
alter table visits.call_room add column inmate_reports boolean not null default false;
alter table visits.call_room add column counted_until timestamp with time zone;
alter table visits.call_room add column both_connected_ms bigint not null default 0;

-- the last warning staff sent to both sides of a call, shown on both pages
alter table visits.call_room add column warning varchar(20);
alter table visits.call_room add column warned_at timestamp with time zone;
