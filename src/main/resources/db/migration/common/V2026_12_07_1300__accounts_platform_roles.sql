-- Platform staff with a narrower job than an operator's: a support agent (kind OPERATOR in accounts.account, with
-- this role) works the support console only: families' accounts, phone deposits, receipts and refunds.
create table accounts.platform_role (
    account_id uuid primary key references accounts.account (id),
    role       varchar(32) not null check (role in ('SUPPORT_AGENT'))
);
