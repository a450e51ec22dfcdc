-- Published annual reports are frozen: each form (html, docx, pdf) is rendered once per published snapshot and
-- served from here. A new publication is a new snapshot, so its forms are rendered afresh.
create table rendered_report (
    snapshot_id bigint      not null references annual_report_snapshot (id) on delete cascade,
    format      varchar(10) not null check (format in ('html', 'docx', 'pdf')),
    bytes       bytea       not null,
    created_at  timestamptz not null default now(),
    primary key (snapshot_id, format)
);
