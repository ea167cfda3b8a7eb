-- A restriction lifted by staff before its end: when, by whom and why (it stays on record).
alter table directory.inmate_restriction add column lifted_at timestamp with time zone;
alter table directory.inmate_restriction add column lifted_by uuid;
alter table directory.inmate_restriction add column lift_reason varchar(500);
