-- Investigators search an agency's archive by words: a full-text index of every message body.
create index message_body_search on messaging.message using gin (to_tsvector('simple', body));
create index message_by_agency_sent on messaging.message (agency_id, sent_at);
