-- Screening: each agency's keyword and phrase lists, its watch lists, why each message was held, review decisions.
create schema if not exists screening;

create table screening.keyword (
    id         uuid primary key,
    agency_id  uuid         not null,
    phrase     varchar(200) not null,
    category   varchar(40)  not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    unique (agency_id, phrase)
);

-- People whose messages are held: an inmate, a family account, an e-mail address or a phone number.
create table screening.watch_entry (
    id         uuid primary key,
    agency_id  uuid         not null,
    kind       varchar(16)  not null check (kind in ('INMATE', 'ACCOUNT', 'EMAIL', 'PHONE')),
    entry      varchar(254) not null,
    reason     varchar(500) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    unique (agency_id, kind, entry)
);

-- Why a message was held: the words matched (with where, for highlighting) or the rule that applied.
create table screening.flag (
    id          uuid primary key,
    message_id  uuid         not null,
    kind        varchar(16)  not null check (kind in ('KEYWORD', 'WATCH_LIST', 'POLICY', 'PHOTO')),
    detail      varchar(500) not null,
    start_index integer,
    end_index   integer
);
create index flag_by_message on screening.flag (message_id);

-- The reasons an agency gives when it rejects a message.
create table screening.reject_reason (
    agency_id uuid         not null,
    code      varchar(40)  not null,
    text      varchar(300) not null,
    primary key (agency_id, code)
);

create table screening.decision (
    id         uuid primary key,
    message_id uuid         not null,
    decision   varchar(16)  not null check (decision in ('APPROVE', 'REJECT')),
    reason     varchar(300),
    decided_by uuid         not null,
    decided_at timestamp with time zone not null
);
create index decision_by_message on screening.decision (message_id);
