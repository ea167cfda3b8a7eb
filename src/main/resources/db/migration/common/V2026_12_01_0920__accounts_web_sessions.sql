-- Page sessions (Spring Session JDBC's tables, in the accounts schema): kept in the database, so any Homeward
-- behind a load balancer serves any visitor, and an account's sessions can be ended from any of them (a password
-- change ends the others). principal_name is the account's id.
create table accounts.web_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint web_session_pk primary key (primary_id)
);
create unique index web_session_ix1 on accounts.web_session (session_id);
create index web_session_ix2 on accounts.web_session (expiry_time);
create index web_session_ix3 on accounts.web_session (principal_name);

create table accounts.web_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint web_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint web_session_attributes_fk foreign key (session_primary_id) references accounts.web_session (primary_id)
        on delete cascade
);
