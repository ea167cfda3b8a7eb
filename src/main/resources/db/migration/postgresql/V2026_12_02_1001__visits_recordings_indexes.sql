-- recordings waiting to be collected, and those to delete at the end of their retention (partial: PostgreSQL only)
create index recording_to_purge on visits.recording (keep_until) where purged_at is null and not held;
create index call_room_to_collect on visits.call_room (ended_at) where recorded and collected_at is null;
