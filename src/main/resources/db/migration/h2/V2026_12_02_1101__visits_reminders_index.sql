-- visits still to be reminded of (H2 has no partial index)
create index visit_to_remind on visits.visit (starts_at);
