-- Report reading: an upload belongs to its uploader's unit; only that unit (or an administrator) deletes it.
ALTER TABLE read_report ADD COLUMN unit_code TEXT;

UPDATE read_report r SET unit_code = s.unit_code FROM staff_account s WHERE s.username = r.uploaded_by;

CREATE INDEX read_report_unit_code ON read_report (unit_code);
