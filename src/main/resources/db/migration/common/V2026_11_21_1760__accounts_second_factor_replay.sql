-- The last TOTP time step used, so that a code cannot be replayed within its 30 seconds.
alter table accounts.second_factor add column last_step bigint not null default 0;
