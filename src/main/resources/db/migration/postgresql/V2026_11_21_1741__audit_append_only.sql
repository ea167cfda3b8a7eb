-- The audit log can only grow: updates and deletes are refused by the database itself.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
