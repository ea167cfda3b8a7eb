-- Video visits: each facility's visiting schedule (hours in its own time zone, stations, lengths and prices,
-- allowance, booking window, approval, cancellation cut-off), and the visits booked, with their history.
create schema if not exists visits;

create table visits.schedule (
    facility_id          uuid primary key,
    agency_id            uuid         not null,
    time_zone            varchar(64)  not null,
    stations             integer      not null check (stations between 1 and 500),
    weekly_allowance     integer      not null check (weekly_allowance between 0 and 50),
    min_hours_ahead      integer      not null check (min_hours_ahead between 0 and 720),
    max_days_ahead       integer      not null check (max_days_ahead between 1 and 90),
    cancel_cutoff_hours  integer      not null check (cancel_cutoff_hours between 0 and 720),
    needs_approval       boolean      not null,
    recorded             boolean      not null,
    retention_days       integer      not null check (retention_days between 1 and 3650),
    updated_at           timestamp with time zone not null
);
create index schedule_by_agency on visits.schedule (agency_id);

create table visits.opening (
    facility_id uuid     not null references visits.schedule (facility_id),
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens       time     not null,
    closes      time     not null,
    check (opens < closes),
    primary key (facility_id, day_of_week, opens)
);

create table visits.visit_length (
    facility_id uuid     not null references visits.schedule (facility_id),
    minutes     smallint not null check (minutes in (15, 30, 45, 60)),
    price_minor bigint   not null check (price_minor >= 0),
    currency    char(3)  not null,
    primary key (facility_id, minutes)
);

create table visits.visit (
    id                uuid primary key,
    agency_id         uuid         not null,
    facility_id       uuid         not null,
    inmate_id         uuid         not null,
    account_id        uuid         not null,
    contact_id        uuid         not null,
    legal             boolean      not null,
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    length_minutes    smallint     not null,
    price_minor       bigint       not null check (price_minor >= 0),
    currency          char(3)      not null,
    status            varchar(20)  not null check (status in ('PAYING', 'PAYMENT_DECLINED', 'REQUESTED', 'SCHEDULED',
                                                              'DENIED', 'CANCELLED', 'LIVE', 'COMPLETED', 'TERMINATED', 'MISSED')),
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    payment_method_id uuid         not null,
    decline_reason    varchar(200),
    refund_due_minor  bigint,
    refunded_at       timestamp with time zone,
    created_at        timestamp with time zone not null,
    checked_at        timestamp with time zone,
    unique (account_id, idempotency_key),
    check (starts_at < ends_at)
);
create index visit_by_facility on visits.visit (facility_id, starts_at);
create index visit_by_inmate on visits.visit (inmate_id, starts_at);
create index visit_by_account on visits.visit (account_id, starts_at);
create index visit_unsettled on visits.visit (status, created_at);

create table visits.history (
    visit_id   uuid         not null references visits.visit (id),
    seq        integer      not null,
    status     varchar(20)  not null,
    reason     varchar(40),
    note       varchar(500),
    by_account uuid,
    at         timestamp with time zone not null,
    primary key (visit_id, seq)
);
