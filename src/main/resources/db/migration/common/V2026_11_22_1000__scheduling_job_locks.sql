-- Scheduled jobs run on one Homeward at a time where several share the database: each job takes its row here
-- (ShedLock) for as long as it runs, and at most for the time its lock allows should that Homeward stop mid-run.
create schema if not exists scheduling;

create table scheduling.job_lock (
    name       varchar(64)  primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
