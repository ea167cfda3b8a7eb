-- Second-factor secrets are stored encrypted (AES-GCM, Base64 with a prefix): longer than the Base32 text they hold.
alter table accounts.second_factor alter column secret set data type varchar(200);
