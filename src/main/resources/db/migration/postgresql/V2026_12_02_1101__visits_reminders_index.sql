-- visits still to be reminded of (partial: PostgreSQL only)
create index visit_to_remind on visits.visit (starts_at) where status = 'SCHEDULED' and reminded_at is null;
