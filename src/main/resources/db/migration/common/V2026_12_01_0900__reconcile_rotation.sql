-- When the reconcilers last tried to settle a deposit or a stamp purchase that is still waiting for its charge's
-- answer: they take the longest-waiting first, so rows that cannot be settled yet never hold back the others.
alter table deposits.deposit add column checked_at timestamp with time zone;
alter table stamps.purchase add column checked_at timestamp with time zone;
