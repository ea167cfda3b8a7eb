-- Investigators search an agency's archive by words (PostgreSQL keeps a full-text index; H2 scans).
create index message_by_agency_sent on messaging.message (agency_id, sent_at);
