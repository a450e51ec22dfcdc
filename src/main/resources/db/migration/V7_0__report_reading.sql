-- Report reading: published annual reports uploaded in the staff console and read by the reader, kept so
-- that comparisons across uploads persist. The contract JSON is stored as read (cells, inferred, findings).
CREATE TABLE read_report (
    id            BIGSERIAL PRIMARY KEY,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    file_name     TEXT        NOT NULL,
    unit          TEXT,
    report_year   INT,
    template      TEXT,
    finding_count INT         NOT NULL,
    report_json   TEXT        NOT NULL
);

CREATE INDEX read_report_unit_year ON read_report (unit, report_year);
