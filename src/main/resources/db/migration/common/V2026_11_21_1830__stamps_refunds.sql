-- Refunds of unspent stamps to the card that bought them, at the price paid.
create table stamps.refund (
    id           uuid primary key,
    purchase_id  uuid         not null references stamps.purchase (id),
    account_id   uuid         not null,
    agency_id    uuid         not null,
    stamps       integer      not null check (stamps > 0),
    amount_minor bigint       not null check (amount_minor >= 0),
    currency     char(3)      not null,
    -- REFUNDED: the card took it; OWED: the card could not, and the money is owed by other means
    status       varchar(16)  not null check (status in ('REFUNDED', 'OWED')),
    reason       varchar(200) not null,
    created_at   timestamp with time zone not null
);
create index refund_by_purchase on stamps.refund (purchase_id);
create index refund_by_account on stamps.refund (account_id, agency_id);
