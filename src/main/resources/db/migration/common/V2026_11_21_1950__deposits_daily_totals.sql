-- What each sender has sent and each inmate has received per day (UTC), kept as deposits are recorded, so that the
-- limits are checked by reading at most 30 rows however many deposits an inmate receives.
create table deposits.daily_total (
    owner_id     uuid   not null,
    on_day       date   not null,
    amount_minor bigint not null,
    primary key (owner_id, on_day)
);

insert into deposits.daily_total (owner_id, on_day, amount_minor)
select owner_id, on_day, sum(amount_minor) from (
    select account_id as owner_id, cast(created_at as date) as on_day, amount_minor from deposits.deposit
     where kind = 'INMATE' and status in ('PENDING', 'UNKNOWN', 'COMPLETED')
    union all
    select inmate_id, cast(created_at as date), amount_minor from deposits.deposit
     where inmate_id is not null and status in ('PENDING', 'UNKNOWN', 'COMPLETED')
) moved group by owner_id, on_day;
