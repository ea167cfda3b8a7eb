-- The words of each message kept as a stored search vector: ranking a search no longer re-reads every matching body.
drop index if exists messaging.message_body_search;
alter table messaging.message add column body_search tsvector generated always as (to_tsvector('simple', body)) stored;
create index message_body_search on messaging.message using gin (body_search);
