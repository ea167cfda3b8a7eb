-- Tablets sold as a product: the models an agency sells, at its price, and orders for them, paid from the inmate's
-- balance or by a family's card, then fulfilled by the facility handing over a tablet from its stock (or cancelled,
-- the money going back where it came from).
create table media.tablet_model (
    id          uuid primary key,
    agency_id   uuid         not null,
    name        varchar(120) not null,
    description varchar(500) not null,
    price_minor bigint       not null check (price_minor >= 0),
    currency    char(3)      not null,
    active      boolean      not null,
    created_at  timestamp with time zone not null
);
create index tablet_model_by_agency on media.tablet_model (agency_id, active);

create table media.tablet_order (
    id                uuid primary key,
    agency_id         uuid         not null,
    facility_id       uuid         not null,
    inmate_id         uuid         not null,
    model_id          uuid         not null references media.tablet_model (id),
    buyer             varchar(10)  not null check (buyer in ('INMATE', 'FAMILY')),
    payer_id          uuid         not null,
    payment_method_id uuid,
    price_minor       bigint       not null check (price_minor >= 0),
    commission_minor  bigint       not null check (commission_minor >= 0),
    currency          char(3)      not null,
    status            varchar(20)  not null
        check (status in ('PAYING', 'PAYMENT_DECLINED', 'ORDERED', 'ISSUED', 'CANCELLED')),
    idempotency_key   varchar(255) not null,
    request_hash      char(64)     not null,
    device_id         uuid references media.device (id),
    reason            varchar(500),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    unique (payer_id, idempotency_key)
);
create index tablet_order_by_inmate on media.tablet_order (inmate_id, created_at);
create index tablet_order_by_status on media.tablet_order (status, facility_id);
