-- The media store: the catalogue operators ingest (metadata read from each file), each agency's curation of it,
-- and purchases, which are entitlements of the person (never of a device) that outlive devices, transfers,
-- release and the contract's end.
create schema if not exists media;

create table media.item (
    id               uuid primary key,
    kind             varchar(10)  not null check (kind in ('MUSIC', 'VIDEO', 'EBOOK', 'GAME', 'PODCAST')),
    -- an album is an item without a file of its own: buying it entitles its tracks
    album_item_id    uuid references media.item (id),
    is_album         boolean      not null,
    track_number     smallint,
    title            varchar(300) not null,
    creator          varchar(300),
    album            varchar(300),
    genre            varchar(100),
    language         varchar(35),
    duration_seconds integer,
    pages            integer,
    version          varchar(50),
    explicit         boolean      not null,
    rights_holder    varchar(200) not null,
    royalty_bps      integer      not null check (royalty_bps between 0 and 10000),
    price_minor      bigint       not null check (price_minor >= 0),
    currency         char(3)      not null,
    rental_hours     integer check (rental_hours between 1 and 720),
    file_key         varchar(200),
    file_name        varchar(255),
    content_type     varchar(100),
    size_bytes       bigint,
    sha256           char(64),
    -- title, creator, album and genre in lower case: what a search matches
    search_text      varchar(1200) not null,
    ingested_by      uuid         not null,
    created_at       timestamp with time zone not null,
    check (is_album = (file_key is null))
);
create index item_by_kind_title on media.item (kind, title);
create index item_by_album on media.item (album_item_id);

-- What an agency allows: kinds, explicit content, and its commission on each sale.
create table media.policy (
    agency_id        uuid primary key,
    kinds            varchar(100) not null,
    explicit_allowed boolean      not null,
    commission_bps   integer      not null check (commission_bps between 0 and 10000),
    updated_at       timestamp with time zone not null
);

-- An agency's own price for an item, or its block of the item (with the reason, audited).
create table media.agency_item (
    agency_id      uuid not null,
    item_id        uuid not null references media.item (id),
    price_minor    bigint check (price_minor >= 0),
    blocked_reason varchar(300),
    blocked_by     uuid,
    blocked_at     timestamp with time zone,
    primary key (agency_id, item_id)
);

create table media.purchase (
    id                uuid primary key,
    agency_id         uuid         not null,
    facility_id       uuid         not null,
    inmate_id         uuid         not null,
    item_id           uuid         not null references media.item (id),
    -- who paid: the inmate from their balance, or a family member's card (a gift)
    buyer             varchar(10)  not null check (buyer in ('INMATE', 'FAMILY')),
    payer_id          uuid         not null,
    payment_method_id uuid,
    price_minor       bigint       not null check (price_minor >= 0),
    commission_minor  bigint       not null check (commission_minor >= 0),
    royalty_minor     bigint       not null check (royalty_minor >= 0),
    currency          char(3)      not null,
    status            varchar(20)  not null check (status in ('PAYING', 'PAYMENT_DECLINED', 'COMPLETED', 'REFUNDED')),
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    expires_at        timestamp with time zone,
    decline_reason    varchar(200),
    refund_reason     varchar(200),
    refunded_at       timestamp with time zone,
    created_at        timestamp with time zone not null,
    unique (payer_id, idempotency_key)
);
create index purchase_by_inmate on media.purchase (inmate_id, status);
