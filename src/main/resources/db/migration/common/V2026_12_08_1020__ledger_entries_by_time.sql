-- A month's entries found by when they were recorded (the agency's commission statement reads the month's movements
-- on one account): without it, every posting the account ever had is read.
create index entry_by_recorded_at on ledger.entry (recorded_at);
