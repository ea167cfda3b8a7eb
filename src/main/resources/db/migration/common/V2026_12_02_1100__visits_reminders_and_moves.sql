-- when the family was reminded of their visit (once, some time before it starts)
alter table visits.visit add column reminded_at timestamp with time zone;

-- a visit moved to another time by the family keeps its status; its history notes the time it left
alter table visits.history add column moved_from timestamp with time zone;
