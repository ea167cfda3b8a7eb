-- Printed mail: each facility's daily batch of messages to print in the mailroom.
create table messaging.print_batch (
    id             uuid primary key,
    agency_id      uuid    not null,
    facility_id    uuid    not null,
    message_count  integer not null,
    downloads      integer default 0 not null,
    created_at     timestamp with time zone not null,
    created_by     uuid
);
create index print_batch_by_facility on messaging.print_batch (agency_id, facility_id, created_at);

alter table messaging.message add column print_batch_id uuid;
create index message_by_print_batch on messaging.message (print_batch_id);
