-- The embedded demo database relies on the ledger's own checks; PostgreSQL also enforces them with triggers.
select 1;
