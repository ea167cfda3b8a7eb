-- Tablets: registered by staff (serial, model, facility), issued to one inmate at a time, taken back, swapped, lost.
-- A tablet signs in with its own secret (kept hashed) and its holder's PIN; what it shows is the holder's
-- entitlements, never the device's.
create table media.device (
    id          uuid primary key,
    agency_id   uuid         not null,
    facility_id uuid         not null,
    serial      varchar(64)  not null unique,
    model       varchar(100) not null,
    status      varchar(12)  not null check (status in ('IN_STOCK', 'ISSUED', 'BROKEN', 'LOST')),
    inmate_id   uuid,
    secret_hash char(64)     not null,
    updated_at  timestamp with time zone not null,
    check ((status = 'ISSUED') = (inmate_id is not null))
);
create index device_by_agency on media.device (agency_id, status);
create index device_by_inmate on media.device (inmate_id);

create table media.device_history (
    device_id uuid        not null references media.device (id),
    seq       bigint      not null,
    status    varchar(12) not null,
    inmate_id uuid,
    by_id     uuid,
    note      varchar(300),
    at        timestamp with time zone not null,
    primary key (device_id, seq)
);
