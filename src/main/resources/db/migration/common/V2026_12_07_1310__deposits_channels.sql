-- How a card deposit was made: online by the family, or by phone through a support agent (who is named).
alter table deposits.deposit add column channel varchar(16) default 'ONLINE' not null;
alter table deposits.deposit add constraint deposit_channel check (channel in ('ONLINE', 'PHONE'));
alter table deposits.deposit add column agent_id uuid;
