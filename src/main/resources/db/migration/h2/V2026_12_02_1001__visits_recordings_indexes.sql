-- recordings waiting to be collected, and those to delete at the end of their retention (H2 has no partial index)
create index recording_to_purge on visits.recording (keep_until);
create index call_room_to_collect on visits.call_room (ended_at);
