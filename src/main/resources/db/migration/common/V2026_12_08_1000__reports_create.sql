-- Reports: what the other modules' events said happened, and the daily rollups the reports read.
create schema if not exists reports;

-- One fact per event and measure (a deposit: its amount, its fee, the agency's commission): the journal the rollups
-- are rebuilt from, and what keeps an event delivered twice from being counted twice. Days are UTC days, as in the
-- settlement files.
create table reports.fact (
    source       varchar(80) not null,
    metric       varchar(40) not null,
    agency_id    uuid        not null,
    -- the facility, or the nil UUID for what belongs to the agency as a whole (stamps bought for it)
    facility_id  uuid        not null,
    on_day       date        not null,
    quantity     bigint      not null,
    amount_minor bigint      not null,
    at           timestamp with time zone not null,
    primary key (source, metric)
);
create index fact_by_agency_day on reports.fact (agency_id, on_day);

-- The sums of the facts by agency, facility, day and measure: what every report reads.
create table reports.daily (
    agency_id    uuid        not null,
    on_day       date        not null,
    facility_id  uuid        not null,
    metric       varchar(40) not null,
    quantity     bigint      not null,
    amount_minor bigint      not null,
    primary key (agency_id, on_day, facility_id, metric)
);
