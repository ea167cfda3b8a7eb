-- Prefix search on names: text_pattern_ops lets LIKE 'abc%' use the index whatever the database collation.
create index inmate_by_last_name_key on directory.inmate (agency_id, last_name_key text_pattern_ops);
create index inmate_by_first_name_key on directory.inmate (agency_id, first_name_key text_pattern_ops);
