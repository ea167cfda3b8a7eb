-- A mail may carry a calendar invitation (the text of an .ics file), attached when it is sent.
alter table notifications.outbox add column calendar text;
