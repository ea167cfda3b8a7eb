-- The live part of a video visit: the media server's room (one per visit, with its secret) and the peers Homeward
-- joined to it for each side: a side's published camera, what a side or a monitor receives.
create table visits.call_room (
    visit_id   uuid primary key references visits.visit (id),
    server_url varchar(300) not null,
    room       bigint       not null,
    secret     varchar(64)  not null,
    session_id bigint       not null,
    handle_id  bigint       not null,
    recorded   boolean      not null,
    rec_dir    varchar(500),
    created_at timestamp with time zone not null,
    ended_at   timestamp with time zone
);

create table visits.call_peer (
    id         uuid primary key,
    visit_id   uuid        not null references visits.visit (id),
    role       varchar(16) not null check (role in ('FAMILY', 'INMATE', 'RECEIVER', 'MONITOR')),
    by_account uuid        not null,
    session_id bigint      not null,
    handle_id  bigint      not null,
    feed       bigint,
    joined_at  timestamp with time zone not null,
    left_at    timestamp with time zone
);
create index call_peer_by_visit on visits.call_peer (visit_id);
create index call_peer_open on visits.call_peer (left_at);

alter table visits.visit add column family_joined_at timestamp with time zone;
alter table visits.visit add column inmate_joined_at timestamp with time zone;
