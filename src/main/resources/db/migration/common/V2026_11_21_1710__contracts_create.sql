-- Contracts: what each agency has bought and how it wants it run, as data.
create schema if not exists contracts;

create table contracts.contract (
    id                       uuid primary key,
    agency_id                uuid        not null unique,
    status                   varchar(16) not null check (status in ('ACTIVE', 'WINDING_DOWN', 'ENDED')),
    starts_on                date        not null,
    service_ends_on          date,
    view_only_until          date,
    export_retention_days    integer     not null check (export_retention_days >= 0),
    contact_policy           varchar(20) not null check (contact_policy in ('OPEN', 'INMATE_INITIATED', 'STAFF_APPROVED')),
    contact_cap              integer     not null check (contact_cap > 0),
    screening_policy         varchar(20) not null check (screening_policy in ('HOLD_ALL', 'HOLD_FLAGGED')),
    hold_all_photos          boolean     not null,
    message_delivery         varchar(16) not null check (message_delivery in ('ELECTRONIC', 'PRINTED')),
    chars_per_page           integer     not null check (chars_per_page > 0),
    max_chars                integer     not null check (max_chars > 0),
    photos_allowed           boolean     not null,
    max_photos               integer     not null check (max_photos >= 0),
    stamps_per_page          integer     not null check (stamps_per_page >= 0),
    stamps_per_photo         integer     not null check (stamps_per_photo >= 0),
    stamps_per_reply         integer     not null check (stamps_per_reply >= 0),
    currency                 char(3)     not null,
    inmate_stamp_price_minor bigint      not null check (inmate_stamp_price_minor >= 0),
    deposit_max_minor        bigint      not null check (deposit_max_minor > 0),
    deposit_daily_max_minor  bigint      not null check (deposit_daily_max_minor > 0),
    deposit_30_day_max_minor bigint      not null check (deposit_30_day_max_minor > 0),
    deposit_commission_minor bigint      not null check (deposit_commission_minor >= 0),
    message_commission_minor bigint      not null check (message_commission_minor >= 0),
    version                  integer     not null,
    updated_at               timestamp with time zone not null,
    check (view_only_until is null or service_ends_on is not null and view_only_until >= service_ends_on)
);

-- Services the agency has switched on, for all its facilities ...
create table contracts.service (
    contract_id uuid        not null references contracts.contract (id),
    service     varchar(32) not null,
    enabled     boolean     not null,
    primary key (contract_id, service)
);

-- ... and where one facility differs from the agency ("not all prisons allow the same services").
create table contracts.facility_service (
    contract_id uuid        not null references contracts.contract (id),
    facility_id uuid        not null,
    service     varchar(32) not null,
    enabled     boolean     not null,
    primary key (contract_id, facility_id, service)
);

create table contracts.facility_delivery (
    contract_id      uuid        not null references contracts.contract (id),
    facility_id      uuid        not null,
    message_delivery varchar(16) not null check (message_delivery in ('ELECTRONIC', 'PRINTED')),
    primary key (contract_id, facility_id)
);

create table contracts.stamp_bundle (
    id          uuid primary key,
    contract_id uuid    not null references contracts.contract (id),
    stamps      integer not null check (stamps > 0),
    price_minor bigint  not null check (price_minor > 0),
    active      boolean not null,
    unique (contract_id, stamps)
);

create table contracts.deposit_fee_tier (
    contract_id uuid        not null references contracts.contract (id),
    channel     varchar(16) not null check (channel in ('ONLINE', 'PHONE', 'LOBBY')),
    up_to_minor bigint      not null check (up_to_minor > 0),
    fee_minor   bigint      not null check (fee_minor >= 0),
    primary key (contract_id, channel, up_to_minor)
);
