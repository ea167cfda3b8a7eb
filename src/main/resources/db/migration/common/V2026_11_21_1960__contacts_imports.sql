-- Contact lists brought from another vendor: a person's e-mail and an inmate, waiting for that person to register.
create table contacts.pending_import (
    id          uuid primary key,
    agency_id   uuid         not null,
    inmate_id   uuid         not null,
    email       varchar(254) not null,
    created_at  timestamp with time zone not null,
    imported_at timestamp with time zone,
    unique (inmate_id, email)
);
create index pending_import_by_email on contacts.pending_import (email, imported_at);
