-- The embedded demo database keeps the audit log append-only by convention; PostgreSQL enforces it with a trigger.
select 1;
