-- Contacts: who may write to whom. A contact joins one family account and one inmate.
alter table contracts.contract add column invitations_need_approval boolean default false not null;

create schema if not exists contacts;

create table contacts.contact (
    id          uuid primary key,
    account_id  uuid        not null,
    inmate_id   uuid        not null,
    agency_id   uuid        not null,
    status      varchar(20) not null check (status in ('ACTIVE', 'PENDING_APPROVAL', 'BLOCKED', 'DECLINED')),
    blocked_by  varchar(8) check (blocked_by in ('FAMILY', 'INMATE')),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    decided_by  uuid,
    unique (account_id, inmate_id),
    check (status <> 'BLOCKED' or blocked_by is not null)
);
create index contact_by_inmate on contacts.contact (inmate_id, status);
create index contact_by_agency_status on contacts.contact (agency_id, status, created_at);

-- An inmate's invitation of a person (CorrLinks style): an identification code, valid for a while, sent by e-mail.
create table contacts.invitation (
    id          uuid primary key,
    inmate_id   uuid         not null,
    agency_id   uuid         not null,
    name        varchar(120) not null,
    email       varchar(254) not null,
    code_hash   char(64)     not null unique,
    status      varchar(20)  not null check (status in ('PENDING_APPROVAL', 'SENT', 'ACCEPTED', 'BLOCKED', 'DECLINED')),
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone,
    expires_at  timestamp with time zone,
    decided_by  uuid,
    contact_id  uuid
);
create index invitation_by_inmate on contacts.invitation (inmate_id, status);
create index invitation_by_agency_status on contacts.invitation (agency_id, status, created_at);

-- One row per inmate, locked while the inmate's contacts change, so that the cap holds under concurrency.
create table contacts.inmate_lock (
    inmate_id uuid primary key
);
