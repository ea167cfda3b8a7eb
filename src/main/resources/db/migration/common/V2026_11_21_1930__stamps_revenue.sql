-- Revenue is recognised when stamps are spent, at the price paid for them: stamps are spent oldest purchase first,
-- and each spend remembers which purchases its stamps came from, so a rejected message gives back exactly that.
alter table stamps.purchase add column spent integer default 0 not null;

create table stamps.spend_lot (
    spend_key    varchar(300) not null,
    purchase_id  uuid         not null references stamps.purchase (id),
    stamps       integer      not null check (stamps > 0),
    amount_minor bigint       not null check (amount_minor >= 0),
    returned     integer      default 0 not null check (returned >= 0),
    returned_minor bigint     default 0 not null check (returned_minor >= 0),
    primary key (spend_key, purchase_id)
);
