create index inmate_by_last_name_key on directory.inmate (agency_id, last_name_key);
create index inmate_by_first_name_key on directory.inmate (agency_id, first_name_key);
