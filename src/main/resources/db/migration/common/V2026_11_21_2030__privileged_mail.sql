-- Privileged mail: contacts an agency administrator verified as legal (attorneys, PREA advocates). Their messages are
-- not content-screened and never shown to reviewers or investigators.
alter table contacts.contact add column privileged_kind varchar(20);
alter table contacts.contact add column bar_number varchar(40);
alter table contacts.contact add column verified_by uuid;
alter table messaging.message add column privileged boolean default false not null;
