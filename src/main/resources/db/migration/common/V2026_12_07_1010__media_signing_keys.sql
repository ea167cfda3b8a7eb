-- The keys that sign exports of entitlements (Ed25519): made once, kept so that every export stays verifiable.
create table media.signing_key (
    id          varchar(16) primary key,
    private_key bytea        not null,
    public_key  bytea        not null,
    created_at  timestamp with time zone not null
);
