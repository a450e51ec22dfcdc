-- Report reading: the last audit of many reports each staff member ran in the console (the ranking shown on the
-- page, the XLSX and the HTML summary to download), one per account, replaced by the next audit and deleted
-- after a week; shown only to its owner while in the same unit.
CREATE TABLE report_audit_result (
    owner       TEXT        PRIMARY KEY,
    unit_code   TEXT        NOT NULL,
    audited_at  TIMESTAMPTZ NOT NULL,
    page_json   TEXT        NOT NULL,
    xlsx        BYTEA       NOT NULL,
    html        BYTEA       NOT NULL
);

CREATE INDEX report_audit_result_audited_at ON report_audit_result (audited_at);
