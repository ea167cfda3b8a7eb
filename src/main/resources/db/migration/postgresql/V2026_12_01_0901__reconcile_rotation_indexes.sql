-- The reconcilers' queue: unsettled rows by the time they were last looked at (or made).
create index deposit_unsettled_due on deposits.deposit ((coalesce(checked_at, created_at)))
    where status in ('PENDING', 'UNKNOWN');
create index purchase_unsettled_due on stamps.purchase ((coalesce(checked_at, created_at)))
    where status in ('PENDING', 'UNKNOWN');
