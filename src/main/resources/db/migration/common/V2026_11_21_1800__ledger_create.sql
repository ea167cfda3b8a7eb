-- Ledger: double-entry accounts, journal entries and their postings, in minor units of USD or of an agency's stamps.
create schema if not exists ledger;

create table ledger.account (
    id              uuid primary key,
    kind            varchar(32) not null,
    unit            varchar(48) not null,
    -- the family account, inmate or agency the account belongs to (the nil UUID for house accounts)
    owner_id        uuid        not null,
    may_go_negative boolean     not null,
    -- hot accounts keep their balance in several rows so that concurrent postings do not queue on one row lock
    shards          smallint    not null check (shards between 1 and 64),
    created_at      timestamp with time zone not null,
    unique (kind, unit, owner_id)
);

create table ledger.entry (
    id              uuid primary key,
    idempotency_key varchar(300) not null unique,
    request_hash    char(64)     not null,
    kind            varchar(48)  not null,
    description     varchar(300) not null,
    reverses        uuid references ledger.entry (id),
    recorded_at     timestamp with time zone not null
);

-- One line of an entry: a signed amount on one account. Each entry's lines sum to zero per unit.
create table ledger.posting (
    entry_id     uuid        not null references ledger.entry (id),
    line         smallint    not null,
    account_id   uuid        not null references ledger.account (id),
    unit         varchar(48) not null,
    amount_minor bigint      not null check (amount_minor <> 0),
    primary key (entry_id, line)
);
create index posting_by_account on ledger.posting (account_id, entry_id);

create table ledger.balance (
    account_id    uuid     not null references ledger.account (id),
    shard         smallint not null,
    balance_minor bigint   not null,
    primary key (account_id, shard)
);
