-- Messaging: photos, messages with their status history, and drafts.
create schema if not exists messaging;

-- A checked photo: the cleaned image and its thumbnail live in the blob store.
create table messaging.attachment (
    id            uuid primary key,
    owner_id      uuid         not null,
    content_type  varchar(32)  not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes    bigint       not null check (size_bytes > 0),
    width         integer      not null check (width > 0),
    height        integer      not null check (height > 0),
    sha256        char(64)     not null,
    blob_key      varchar(200) not null,
    thumbnail_key varchar(200) not null,
    file_name     varchar(255),
    created_at    timestamp with time zone not null
);
create index attachment_by_owner on messaging.attachment (owner_id, created_at);

create table messaging.message (
    id                uuid primary key,
    direction         varchar(16)  not null check (direction in ('TO_INMATE', 'TO_FAMILY')),
    sender_id         uuid         not null,
    account_id        uuid         not null,
    inmate_id         uuid         not null,
    agency_id         uuid         not null,
    facility_id       uuid         not null,
    body              varchar(100000) not null,
    stamps            integer      not null check (stamps >= 0),
    prepaid_reply     boolean      not null,
    reply_stamp       varchar(10)  not null check (reply_stamp in ('NONE', 'AVAILABLE', 'USED')),
    paid_by_reply_of  uuid,
    status            varchar(20)  not null check (status in ('SCREENING', 'HELD', 'DELIVERED', 'QUEUED_FOR_PRINT', 'PRINTED', 'READ', 'REJECTED')),
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    sent_at           timestamp with time zone not null,
    delivered_at      timestamp with time zone,
    read_at           timestamp with time zone,
    unique (sender_id, idempotency_key)
);
create index message_to_inmate on messaging.message (inmate_id, direction, status, delivered_at);
create index message_of_account on messaging.message (account_id, sent_at);
create index message_reply_stamps on messaging.message (inmate_id, account_id, reply_stamp);

create table messaging.message_attachment (
    message_id    uuid        not null references messaging.message (id),
    position      integer     not null,
    attachment_id uuid        not null unique references messaging.attachment (id),
    status        varchar(12) not null check (status in ('SENT', 'REJECTED')),
    primary key (message_id, position)
);

-- Every status a message has had, with its time: what the sender sees.
create table messaging.message_status (
    id         uuid primary key,
    message_id uuid        not null references messaging.message (id),
    status     varchar(20) not null,
    at         timestamp with time zone not null,
    reason     varchar(500)
);
create index message_status_by_message on messaging.message_status (message_id, at);

-- Drafts, saved as they are typed: by a family member to an inmate, or by an inmate to a family member.
create table messaging.draft (
    id             uuid primary key,
    author_id      uuid         not null,
    author_kind    varchar(8)   not null check (author_kind in ('FAMILY', 'INMATE')),
    inmate_id      uuid         not null,
    account_id     uuid,
    body           varchar(100000) not null,
    attachment_ids varchar(400) not null,
    prepaid_reply  boolean      not null,
    updated_at     timestamp with time zone not null
);
create index draft_by_author on messaging.draft (author_id, updated_at);
