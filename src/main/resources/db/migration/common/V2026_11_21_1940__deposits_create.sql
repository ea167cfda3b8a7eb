-- Deposits: money families send to inmates, and payments for people under supervision (parole, probation).
create schema if not exists deposits;

create table deposits.supervision_case (
    id           uuid primary key,
    agency_id    uuid         not null,
    case_number  varchar(32)  not null,
    first_name   varchar(100) not null,
    last_name    varchar(100) not null,
    status       varchar(16)  not null check (status in ('ACTIVE', 'CLOSED')),
    unique (agency_id, case_number)
);

create table deposits.deposit (
    id                uuid primary key,
    kind              varchar(16)  not null check (kind in ('INMATE', 'SUPERVISION')),
    account_id        uuid         not null,
    inmate_id         uuid,
    supervision_id    uuid references deposits.supervision_case (id),
    obligation        varchar(20) check (obligation in ('SUPERVISION_FEE', 'RESTITUTION', 'COURT_COSTS')),
    agency_id         uuid         not null,
    amount_minor      bigint       not null check (amount_minor > 0),
    fee_minor         bigint       not null check (fee_minor >= 0),
    commission_minor  bigint       not null check (commission_minor >= 0),
    currency          char(3)      not null,
    payment_method_id uuid         not null,
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    status            varchar(16)  not null check (status in ('PENDING', 'UNKNOWN', 'COMPLETED', 'DECLINED', 'REFUNDED', 'CHARGED_BACK')),
    decline_reason    varchar(200),
    recurring_id      uuid,
    created_at        timestamp with time zone not null,
    completed_at      timestamp with time zone,
    reversed_at       timestamp with time zone,
    unique (account_id, idempotency_key),
    check (kind <> 'INMATE' or inmate_id is not null),
    check (kind <> 'SUPERVISION' or (supervision_id is not null and obligation is not null))
);
create index deposit_by_inmate on deposits.deposit (inmate_id, created_at);
create index deposit_by_sender on deposits.deposit (account_id, created_at);
create index deposit_by_agency_day on deposits.deposit (agency_id, completed_at);
create index deposit_unsettled on deposits.deposit (status, created_at);

-- Rows locked while a deposit to an inmate, or from a sender, is checked against the limits and recorded.
create table deposits.limit_lock (
    owner_id uuid primary key
);

create table deposits.recurring (
    id                uuid primary key,
    account_id        uuid        not null,
    inmate_id         uuid        not null,
    amount_minor      bigint      not null check (amount_minor > 0),
    currency          char(3)     not null,
    payment_method_id uuid        not null,
    day_of_month      integer     not null check (day_of_month between 1 and 28),
    status            varchar(16) not null check (status in ('ACTIVE', 'PAUSED', 'CANCELLED')),
    next_run          date        not null,
    failures          integer     default 0 not null,
    created_at        timestamp with time zone not null
);
create index recurring_due on deposits.recurring (status, next_run);
