-- The journal only grows: entries and postings cannot be changed or removed (corrections are reversing entries).
create function ledger.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only';
end;
$$;
create trigger entry_append_only before update or delete on ledger.entry
    for each row execute function ledger.refuse_change();
create trigger posting_append_only before update or delete on ledger.posting
    for each row execute function ledger.refuse_change();

-- Every entry balances per unit, checked when its transaction commits.
create function ledger.check_balanced() returns trigger language plpgsql as $$
begin
    if exists (select 1 from ledger.posting where entry_id = new.entry_id group by unit having sum(amount_minor) <> 0) then
        raise exception 'journal entry % does not balance', new.entry_id;
    end if;
    return null;
end;
$$;
create constraint trigger posting_balanced after insert on ledger.posting
    deferrable initially deferred for each row execute function ledger.check_balanced();
