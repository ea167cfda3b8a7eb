-- Accounts: who can sign in, with which secret, and their API sessions.
create schema if not exists accounts;

create table accounts.account (
    id            uuid primary key,
    kind          varchar(16)  not null check (kind in ('FAMILY', 'STAFF', 'OPERATOR')),
    email         varchar(254) not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    agency_id     uuid,
    facility_id   uuid,
    status        varchar(16)  not null check (status in ('ACTIVE', 'CLOSED')),
    created_at    timestamp with time zone not null,
    check (kind <> 'STAFF' or agency_id is not null)
);

create table accounts.staff_role (
    account_id uuid        not null references accounts.account (id),
    role       varchar(32) not null check (role in ('MAILROOM_REVIEWER', 'INVESTIGATOR', 'VISITATION_OFFICER', 'AGENCY_ADMIN')),
    primary key (account_id, role)
);

-- Failed sign-ins per e-mail address, whether or not an account has it, so a lockout reveals nothing.
create table accounts.sign_in_throttle (
    email_key    varchar(64) primary key,
    failures     integer     not null,
    locked_until timestamp with time zone
);

-- API bearer sessions: only a SHA-256 of the token is stored.
create table accounts.api_session (
    token_hash   char(64) primary key,
    account_id   uuid     not null references accounts.account (id),
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    ended_at     timestamp with time zone
);
create index api_session_by_account on accounts.api_session (account_id);
