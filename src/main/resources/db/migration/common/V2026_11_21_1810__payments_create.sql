-- Payments: saved cards (never their number or CVC), charges and refunds; and the built-in sandbox gateway's books.
create schema if not exists payments;

create table payments.payment_method (
    id              uuid primary key,
    account_id      uuid         not null,
    gateway_token   varchar(100) not null,
    brand           varchar(16)  not null check (brand in ('VISA', 'MASTERCARD', 'DISCOVER')),
    last4           char(4)      not null,
    expiry_month    integer      not null check (expiry_month between 1 and 12),
    expiry_year     integer      not null,
    cardholder_name varchar(100) not null,
    address_line1   varchar(200) not null,
    address_line2   varchar(200),
    city            varchar(100) not null,
    region          varchar(100),
    postal_code     varchar(20),
    country         char(2)      not null,
    created_at      timestamp with time zone not null,
    deleted_at      timestamp with time zone
);
create index payment_method_by_account on payments.payment_method (account_id);

create table payments.charge (
    id                uuid primary key,
    account_id        uuid         not null,
    payment_method_id uuid         not null references payments.payment_method (id),
    amount_minor      bigint       not null check (amount_minor > 0),
    currency          char(3)      not null,
    description       varchar(200) not null,
    status            varchar(16)  not null check (status in ('PENDING', 'CAPTURED', 'DECLINED', 'UNKNOWN', 'REFUNDED')),
    decline_reason    varchar(100),
    gateway_reference varchar(100),
    refunded_minor    bigint       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index charge_unknown on payments.charge (status, created_at);

-- The sandbox gateway's own records, as a real gateway keeps them on its side.
create table payments.sandbox_card (
    token      varchar(100) primary key,
    behaviour  varchar(24) not null,
    created_at timestamp with time zone not null
);
create table payments.sandbox_charge (
    idempotency_key varchar(100) primary key,
    token           varchar(100) not null,
    amount_minor    bigint       not null,
    currency        char(3)      not null,
    outcome         varchar(24)  not null,
    reference       varchar(100) not null,
    refunded_minor  bigint       not null,
    created_at      timestamp with time zone not null
);
create table payments.sandbox_refund (
    idempotency_key varchar(100) primary key,
    reference       varchar(100) not null,
    amount_minor    bigint       not null,
    created_at      timestamp with time zone not null
);
