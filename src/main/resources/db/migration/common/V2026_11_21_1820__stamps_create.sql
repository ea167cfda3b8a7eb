-- Stamps: purchases of bundles by families, each taken once per idempotency key.
create schema if not exists stamps;

create table stamps.purchase (
    id                uuid primary key,
    account_id        uuid         not null,
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    agency_id         uuid         not null,
    bundle_id         uuid         not null,
    payment_method_id uuid         not null,
    stamps            integer      not null check (stamps > 0),
    price_minor       bigint       not null check (price_minor > 0),
    currency          char(3)      not null,
    status            varchar(16)  not null check (status in ('PENDING', 'UNKNOWN', 'COMPLETED', 'DECLINED')),
    decline_reason    varchar(200),
    balance_after     integer,
    created_at        timestamp with time zone not null,
    completed_at      timestamp with time zone,
    unique (account_id, idempotency_key)
);
create index purchase_by_account on stamps.purchase (account_id, created_at);
create index purchase_unsettled on stamps.purchase (status, created_at);
