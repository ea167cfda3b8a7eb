-- "Forgot password" requests, taken as they come whatever the address, and answered (a link mailed where an
-- account has the address, nothing otherwise) by a background job: the request itself does the same work for a
-- registered address as for any other, so its timing tells nothing.
create table accounts.password_reset_request (
    id           uuid primary key,
    email        varchar(320) not null,
    language     varchar(16)  not null,
    requested_at timestamp with time zone not null
);
create index password_reset_request_by_time on accounts.password_reset_request (requested_at);
