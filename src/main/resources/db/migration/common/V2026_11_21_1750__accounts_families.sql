-- Family accounts: profile, phone numbers, single-use e-mailed tokens, linked sign-in providers; inmate PINs.
create table accounts.family_profile (
    account_id        uuid primary key references accounts.account (id),
    first_name        varchar(100) not null,
    last_name         varchar(100) not null,
    address_line1     varchar(200) not null,
    address_line2     varchar(200),
    city              varchar(100) not null,
    region            varchar(100),
    postal_code       varchar(20),
    country           char(2)      not null,
    language          varchar(8)   not null,
    terms_version     varchar(20)  not null,
    terms_accepted_at timestamp with time zone not null,
    registered_for    uuid
);

create table accounts.phone (
    account_id uuid        not null references accounts.account (id),
    position   integer     not null,
    e164       varchar(20) not null,
    primary key (account_id, position)
);

-- Password resets and e-mail confirmations: only a SHA-256 of the token is stored.
create table accounts.email_token (
    token_hash char(64) primary key,
    account_id uuid         not null references accounts.account (id),
    purpose    varchar(16)  not null check (purpose in ('PASSWORD_RESET', 'EMAIL_CHANGE')),
    new_email  varchar(254),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index email_token_by_account on accounts.email_token (account_id);

create table accounts.identity_link (
    provider   varchar(32)  not null,
    subject    varchar(255) not null,
    account_id uuid         not null references accounts.account (id),
    linked_at  timestamp with time zone not null,
    primary key (provider, subject)
);

-- Second factor of staff and operators (TOTP, RFC 6238).
create table accounts.second_factor (
    account_id  uuid primary key references accounts.account (id),
    secret      varchar(64) not null,
    enrolled_at timestamp with time zone not null
);

-- Kiosk and tablet PINs of inmates, hashed; set and reset by staff.
create table accounts.inmate_pin (
    inmate_id    uuid primary key,
    agency_id    uuid         not null,
    pin_hash     varchar(200) not null,
    failures     integer      not null,
    locked_until timestamp with time zone,
    updated_at   timestamp with time zone not null,
    updated_by   uuid
);

create table accounts.kiosk_session (
    token_hash   char(64) primary key,
    inmate_id    uuid     not null,
    agency_id    uuid     not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    ended_at     timestamp with time zone
);
