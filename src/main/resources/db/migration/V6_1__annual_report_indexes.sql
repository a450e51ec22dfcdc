-- Indexes the annual report's aggregates need on the requests module's table (agreed: they live here, in the
-- annual report's range). The report reads the applications in play in a year: received by its end and not
-- replied before its start, i.e. coalesce(reply_date, 'infinity') >= 1 January; the index carries every
-- column the GROUP BY reads.
create index annual_report_request_in_play_idx on disclosure_request ((coalesce(reply_date, 'infinity'::date)))
    include (unit_code, applicant_type, receipt_date, reply_date, outcome);
-- Fees paid in a year (section 6 of the 2021 format).
create index annual_report_request_fee_paid_idx on disclosure_request (fee_paid_on) where fee_amount > 0;
-- Review cases counted in a year: filed by its end and decided on or after its start (or undecided).
create index annual_report_review_in_play_idx on review_case ((coalesce(decided_on, 'infinity'::date)))
    include (unit_code, stage, filed_on, decided_on, result);
