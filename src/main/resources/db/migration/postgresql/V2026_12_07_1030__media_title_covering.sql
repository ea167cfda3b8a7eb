-- A search reads titles in order until a page is full (item_by_title). Where the words are rare among the first
-- titles it read tens of thousands of rows from the table, one page each, to check their kind, flag and words
-- (122 ms for "night home" over 100,000 items). With those columns in the index the same walk reads only the
-- index (4 ms); the page's rows are then read by id.
create index item_by_title_covering on media.item (title, id) include (kind, explicit, search);
drop index media.item_by_title;
