-- Who pays for messages: the family with stamps (JPay-style), the inmate by terminal time (TRULINCS-style: minutes
-- bought in blocks from the balance, and printed pages), or nobody.
alter table contracts.contract add column message_pricing varchar(16) default 'FAMILY_STAMPS' not null;
alter table contracts.contract add constraint contract_message_pricing
    check (message_pricing in ('FAMILY_STAMPS', 'INMATE_TIME', 'FREE'));
alter table contracts.contract add column per_minute_minor bigint;
alter table contracts.contract add column per_printed_page_minor bigint;
alter table contracts.contract add constraint contract_inmate_time_prices
    check (message_pricing <> 'INMATE_TIME' or (per_minute_minor > 0 and per_printed_page_minor >= 0));

-- The blocks of terminal minutes an inmate can buy under INMATE_TIME.
create table contracts.minute_block (
    contract_id uuid    not null references contracts.contract (id),
    minutes     integer not null check (minutes > 0),
    primary key (contract_id, minutes)
);
