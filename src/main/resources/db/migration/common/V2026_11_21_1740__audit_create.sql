-- Audit: append-only, hash-chained log of security events and staff actions.
create schema if not exists audit;

create table audit.entry (
    sequence    bigint primary key,
    at          timestamp with time zone not null,
    actor       uuid,
    actor_label varchar(254) not null,
    agency_id   uuid,
    action      varchar(64)  not null,
    subject     varchar(200),
    detail      varchar(1000),
    from_addr   varchar(64),
    prev_hash   char(64)     not null,
    hash        char(64)     not null unique
);
create index audit_by_agency on audit.entry (agency_id, sequence);
create index audit_by_actor on audit.entry (actor, sequence);

-- The end of the chain, locked by each append so that entries are chained one at a time.
create table audit.chain_head (
    id       integer primary key check (id = 1),
    sequence bigint   not null,
    hash     char(64) not null
);
insert into audit.chain_head (id, sequence, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
