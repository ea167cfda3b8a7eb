-- Cash at a retail counter (MoneyGram-style): an agency's receive code, the partners that take cash for us,
-- the pay slips families print, the payments partners confirm, and their daily settlement files.

-- The four-digit code a store clerk types to send cash to the agency.
create table deposits.receive_code (
    agency_id    uuid primary key,
    receive_code char(4) not null unique check (length(receive_code) = 4)
);

-- A retail network that takes cash for Homeward, and the secret it signs its requests with (sealed: it must be
-- read back to check a signature, so it is encrypted, not hashed).
create table deposits.retail_partner (
    code          varchar(32)  primary key,
    name          varchar(100) not null,
    secret_sealed varchar(500) not null,
    active        boolean      not null,
    created_at    timestamp with time zone not null
);

-- Signatures already seen, so that a captured request cannot be sent again; kept while its timestamp is fresh.
create table deposits.partner_signature (
    partner_code varchar(32) not null references deposits.retail_partner (code),
    signature    char(64)    not null,
    seen_at      timestamp with time zone not null,
    primary key (partner_code, signature)
);

create table deposits.pay_slip (
    id          uuid primary key,
    reference   varchar(16) not null unique,
    inmate_id   uuid        not null,
    agency_id   uuid        not null,
    account_id  uuid,
    amount_minor bigint     not null check (amount_minor > 0),
    fee_minor   bigint      not null check (fee_minor >= 0),
    currency    char(3)     not null,
    status      varchar(16) not null check (status in ('ISSUED', 'PAID', 'EXPIRED')),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    paid_at     timestamp with time zone
);
create index pay_slip_by_account on deposits.pay_slip (account_id, created_at);

create table deposits.retail_payment (
    id               uuid primary key,
    partner_code     varchar(32)  not null references deposits.retail_partner (code),
    transaction_id   varchar(64)  not null,
    request_hash     char(64)     not null,
    pay_slip_id      uuid         not null references deposits.pay_slip (id),
    inmate_id        uuid         not null,
    agency_id        uuid         not null,
    amount_minor     bigint       not null check (amount_minor > 0),
    fee_minor        bigint       not null check (fee_minor >= 0),
    commission_minor bigint       not null check (commission_minor >= 0),
    currency         char(3)      not null,
    status           varchar(16)  not null check (status in ('APPLIED', 'HELD', 'RETURNED')),
    hold_reason      varchar(300),
    received_at      timestamp with time zone not null,
    decided_at       timestamp with time zone,
    decided_by       varchar(200),
    unique (partner_code, transaction_id)
);
create index retail_payment_held on deposits.retail_payment (status, received_at);

-- A partner's settlement file for one business day, and what did not match what the partner had confirmed.
create table deposits.retail_settlement (
    id            uuid primary key,
    partner_code  varchar(32) not null references deposits.retail_partner (code),
    business_date date        not null,
    lines         integer     not null,
    matched       integer     not null,
    total_minor   bigint      not null,
    currency      char(3)     not null,
    imported_at   timestamp with time zone not null,
    imported_by   varchar(200) not null,
    unique (partner_code, business_date)
);

create table deposits.retail_mismatch (
    id             uuid primary key,
    settlement_id  uuid        not null references deposits.retail_settlement (id),
    transaction_id varchar(64) not null,
    kind           varchar(20) not null check (kind in ('NOT_CONFIRMED', 'NOT_IN_FILE', 'AMOUNT_DIFFERS')),
    file_minor     bigint,
    confirmed_minor bigint,
    reference      varchar(64)
);
