-- Applications for disclosure (依申请公开): one row per case with the columns the annual report counts by
-- (receipt_date, reply_date, outcome, applicant_type, unit_code, status), its history, letters and attachments.
create table disclosure_request (
    id                     bigserial primary key,
    tracking_code          varchar(20)  not null unique,
    secret_hash            varchar(64)  not null,
    unit_code              varchar(40)  not null references unit (code),
    channel                varchar(20)  not null,
    applicant_type         varchar(20)  not null,
    applicant_name         varchar(100) not null,
    applicant_key          varchar(80)  not null,
    id_type                varchar(20),
    id_number              varchar(40),
    org_name               varchar(200),
    credit_code            varchar(18),
    phone                  varchar(30),
    email                  varchar(200),
    address                varchar(300),
    description            text         not null,
    delivery               varchar(20)  not null,
    submitted_at           timestamptz  not null,
    status                 varchar(30)  not null,
    receipt_date           date,
    clock_start            date,
    paused_days            int          not null default 0,
    extension_days         int          not null default 0,
    paused_since           date,
    due_date               date,
    calendar_missing_year  int,
    status_before_pause    varchar(30),
    correction_requested_on date,
    correction_deadline    date,
    correction_note        text,
    correction_received_on date,
    consultation_kind      varchar(20),
    consultation_party     varchar(200),
    consultation_started_on date,
    consultation_deadline  date,
    consultation_ended_on  date,
    extension_approved_by  varchar(60),
    extension_reason       text,
    extension_on           date,
    fee_basis              varchar(10),
    fee_quantity           int,
    fee_amount             int,
    fee_notice_on          date,
    fee_received_on        date,
    fee_deadline           date,
    fee_paid_on            date,
    reply_date             date,
    outcome                varchar(40),
    article                varchar(10),
    replied_by             varchar(60),
    archived_on            date,
    constraint request_status_ck check (status in ('AWAITING_CONFIRMATION', 'REGISTERED', 'CORRECTION_REQUESTED',
        'CONSULTATION', 'EXTENDED', 'FEE_NOTICE', 'REPLIED', 'CLOSED', 'ARCHIVED')),
    constraint request_applicant_type_ck check (applicant_type in ('natural_person', 'commercial', 'research',
        'public_interest', 'legal_service', 'other_org')),
    constraint request_replied_has_outcome_ck check (reply_date is null or outcome is not null)
);
create index request_unit_status_idx on disclosure_request (unit_code, status);
create index request_receipt_idx on disclosure_request (receipt_date);
create index request_reply_idx on disclosure_request (reply_date);
create index request_due_idx on disclosure_request (due_date) where status in ('REGISTERED', 'EXTENDED');
create index request_applicant_idx on disclosure_request (applicant_key, receipt_date);

create table request_event (
    id          bigserial primary key,
    request_id  bigint      not null references disclosure_request (id),
    at          timestamptz not null,
    on_date     date        not null,
    actor       varchar(60) not null,
    action      varchar(40) not null,
    from_status varchar(30),
    to_status   varchar(30),
    reason      text,
    detail      text
);
create index request_event_request_idx on request_event (request_id, id);

-- Letters (告知书) numbered per unit per year, e.g. 〔2024〕示住建依申复第3号.
create table request_letter_counter (
    unit_code varchar(40) not null references unit (code),
    year      int         not null,
    last_seq  int         not null,
    primary key (unit_code, year)
);

-- A unit's short name for letter numbers (示例县住房和城乡建设局 → 住建); a derived one is used when absent.
create table request_unit_short_name (
    unit_code  varchar(40) primary key references unit (code),
    short_name varchar(20) not null
);

create table request_letter (
    id          bigserial primary key,
    request_id  bigint       not null references disclosure_request (id),
    unit_code   varchar(40)  not null,
    kind        varchar(20)  not null,
    year        int          not null,
    seq         int          not null,
    letter_no   varchar(60)  not null,
    issued_on   date         not null,
    body        text         not null,
    xhtml       text         not null,
    released    boolean      not null default true,
    issued_by   varchar(60)  not null,
    unique (unit_code, kind, year, seq)
);
create index request_letter_request_idx on request_letter (request_id);

create table request_attachment (
    id          bigserial primary key,
    request_id  bigint       not null references disclosure_request (id),
    source      varchar(20)  not null,
    filename    varchar(200) not null,
    media_type  varchar(100) not null,
    size_bytes  int          not null,
    content     bytea        not null,
    released    boolean      not null default false,
    uploaded_at timestamptz  not null,
    uploaded_by varchar(60)  not null
);
create index request_attachment_request_idx on request_attachment (request_id);
