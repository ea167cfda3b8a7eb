-- What a released person's remaining balance became: refunds to the family cards it came from (where the agency allows
-- it), and what the agency's trust office pays out (its file), never through a fee-charging prepaid card.
alter table contracts.contract add column release_refunds_to_cards boolean default false not null;

create table deposits.release_payout (
    id          uuid primary key,
    inmate_id   uuid        not null,
    agency_id   uuid        not null,
    method      varchar(16) not null check (method in ('CARD_REFUND', 'TRUST_OFFICE')),
    deposit_id  uuid,
    account_id  uuid,
    amount_minor bigint     not null check (amount_minor > 0),
    currency    char(3)     not null,
    created_at  timestamp with time zone not null,
    check (method <> 'CARD_REFUND' or deposit_id is not null)
);
create index release_payout_by_agency on deposits.release_payout (agency_id, created_at);
create index release_payout_by_inmate on deposits.release_payout (inmate_id);
