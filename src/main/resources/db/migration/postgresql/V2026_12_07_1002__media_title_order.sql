-- The catalogue pages by title: with this index a search for a common word reads titles in order until a page is
-- full, instead of sorting every match.
create index item_by_title on media.item (title, id);
