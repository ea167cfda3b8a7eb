-- The recordings of monitored visits: each side's camera and microphone, turned after the visit into one playable
-- file per part (a side that rejoined after a blip has several), kept in the blob store with its SHA-256 until the
-- agency's retention ends (unless an investigator holds it), then deleted.
create table visits.recording (
    id          uuid primary key,
    visit_id    uuid         not null references visits.visit (id),
    agency_id   uuid         not null,
    side        varchar(8)   not null check (side in ('FAMILY', 'INMATE')),
    part        integer      not null check (part >= 1),
    started_at  timestamp with time zone not null,
    duration_ms bigint       not null check (duration_ms >= 0),
    bytes       bigint       not null check (bytes >= 0),
    sha256      varchar(64)  not null,
    blob_key    varchar(200) not null,
    keep_until  timestamp with time zone not null,
    held        boolean      not null default false,
    hold_reason varchar(500),
    purged_at   timestamp with time zone,
    created_at  timestamp with time zone not null,
    unique (visit_id, side, part)
);
create index recording_by_agency on visits.recording (agency_id, started_at);

-- when the room's recordings were collected (converted and stored, or found to be none)
alter table visits.call_room add column collected_at timestamp with time zone;
