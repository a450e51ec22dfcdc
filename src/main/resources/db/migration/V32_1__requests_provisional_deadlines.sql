-- Step deadlines reckoned into a year whose holiday notice is not loaded are provisional (reckoned on the statutory
-- holidays and weekends) and computed again when the notice is loaded: the missing year is stored with each, null
-- when the deadline is certain. The correction period (working days, 条例 30) is kept to reckon it again.
alter table disclosure_request add column correction_period_days int;
alter table disclosure_request add column correction_missing_year int;
alter table disclosure_request add column consultation_missing_year int;
alter table disclosure_request add column fee_missing_year int;
-- Pauses whose working days were counted provisionally, 'from/to/days' separated by ';', counted again likewise.
alter table disclosure_request add column provisional_pauses text;
