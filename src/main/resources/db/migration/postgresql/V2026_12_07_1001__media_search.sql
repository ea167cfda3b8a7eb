-- Catalogue search by words (title, artist, album, genre) over a large catalogue: a stored full-text vector with its
-- index (H2, the demo's database, scans its small catalogue instead).
alter table media.item add column search tsvector generated always as (to_tsvector('simple', search_text)) stored;
create index item_search on media.item using gin (search);
