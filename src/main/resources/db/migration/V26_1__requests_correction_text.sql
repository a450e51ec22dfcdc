-- The corrected application as the applicant handed it in on the portal (条例 30); files go to request_attachment
-- with source 'correction'. Null when the correction was received another way (recorded by staff).
alter table disclosure_request add column correction_text text;
