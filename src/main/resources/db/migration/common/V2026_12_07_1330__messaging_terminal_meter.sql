-- Terminal time used where the inmate pays by the minute: one row per kiosk or tablet session, charged a minute at a
-- time as it goes on (a minute started is a minute used).
create table messaging.terminal_session (
    meter_key     varchar(100) primary key,
    inmate_id     uuid         not null,
    agency_id     uuid         not null,
    started_at    timestamp with time zone not null,
    charged_until timestamp with time zone not null,
    minutes       integer      not null check (minutes >= 0),
    ran_out_at    timestamp with time zone
);
create index terminal_session_by_inmate on messaging.terminal_session (inmate_id, started_at);
