-- Screenshots and files an inspector attaches to a finding recorded in an inspection round (issue 14): shown on the
-- finding to the disclosure office and the unit, never on the portal.
create table supervision_finding_file (
    id          bigserial primary key,
    finding_id  bigint       not null references supervision_finding (id),
    file_name   varchar(200) not null,
    media_type  varchar(100) not null,
    size_bytes  int          not null,
    content     bytea        not null,
    uploaded_by varchar(60)  not null,
    uploaded_at timestamptz  not null
);
create index supervision_finding_file_idx on supervision_finding_file (finding_id, id);
