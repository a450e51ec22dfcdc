-- Supervision of the units by the disclosure office (issue 14): what the daily self-inspection and the
-- inspectors found (with history), the yearly assessment (考核) scheme, its manual items, freezing and reopening,
-- inspection rounds, notices (通报), rectification tasks (整改) and the training / guidance / accountability record.

create table supervision_finding (
    id           bigserial primary key,
    code         varchar(60)  not null,
    unit_code    varchar(40)  not null references unit (code),
    subject      varchar(300) not null,
    severity     varchar(10)  not null,
    message      text         not null,
    evidence     varchar(500) not null,
    round_id     bigint,
    detected_on  date         not null,
    last_seen_on date         not null,
    resolved_on  date,
    unique (code, unit_code, subject)
);
create index supervision_finding_open_idx on supervision_finding (unit_code) where resolved_on is null;

create table supervision_finding_event (
    id         bigserial primary key,
    finding_id bigint      not null references supervision_finding (id),
    on_date    date        not null,
    at         timestamptz not null,
    actor      varchar(60) not null,
    action     varchar(20) not null,
    detail     text
);
create index supervision_finding_event_idx on supervision_finding_event (finding_id, id);

create table supervision_assessment (
    id              bigserial primary key,
    government_code varchar(40)   not null references unit (code),
    year            int           not null,
    base_score      numeric(7, 2) not null,
    published_on    date,
    published_by    varchar(60),
    frozen_json     text,
    unique (government_code, year)
);

create table supervision_indicator (
    id            bigserial primary key,
    assessment_id bigint        not null references supervision_assessment (id),
    code          varchar(40)   not null,
    label         varchar(200)  not null,
    kind          varchar(20)   not null,
    source        varchar(40)   not null,
    points        numeric(7, 2) not null,
    cap           numeric(7, 2),
    position      int           not null,
    unique (assessment_id, code)
);

create table supervision_manual_item (
    id             bigserial primary key,
    assessment_id  bigint        not null references supervision_assessment (id),
    unit_code      varchar(40)   not null references unit (code),
    indicator_code varchar(40)   not null,
    points         numeric(7, 2) not null,
    reason         text          not null,
    recorded_by    varchar(60)   not null,
    recorded_at    timestamptz   not null
);
create index supervision_manual_item_idx on supervision_manual_item (assessment_id);

create table supervision_reopening (
    id            bigserial primary key,
    assessment_id bigint      not null references supervision_assessment (id),
    reason        text        not null,
    reopened_by   varchar(60) not null,
    reopened_at   timestamptz not null
);

create table supervision_round (
    id              bigserial primary key,
    government_code varchar(40)  not null references unit (code),
    kind            varchar(20)  not null,
    theme           varchar(200) not null,
    starts_on       date         not null,
    ends_on         date         not null,
    checklist       text         not null,
    planned_by      varchar(60)  not null,
    planned_at      timestamptz  not null
);

create table supervision_notice (
    id              bigserial primary key,
    government_code varchar(40)  not null references unit (code),
    year            int          not null,
    seq             int          not null,
    number          varchar(80)  not null,
    title           varchar(300) not null,
    body            text         not null,
    issued_on       date         not null,
    issued_by       varchar(60)  not null,
    public          boolean      not null,
    unique (government_code, year, seq)
);

create table supervision_notice_finding (
    notice_id  bigint not null references supervision_notice (id),
    finding_id bigint not null references supervision_finding (id),
    primary key (notice_id, finding_id)
);

create table supervision_task (
    id            bigserial primary key,
    finding_id    bigint       not null references supervision_finding (id),
    notice_id     bigint references supervision_notice (id),
    unit_code     varchar(40)  not null references unit (code),
    assigned_on   date         not null,
    deadline      date         not null,
    status        varchar(20)  not null,
    answer        text,
    answered_on   date,
    answered_by   varchar(60),
    file_name     varchar(200),
    file_type     varchar(100),
    file_content  bytea,
    decided_on    date,
    decided_by    varchar(60),
    decision_note text,
    version       int          not null default 0
);
create index supervision_task_unit_idx on supervision_task (unit_code, status);

create table supervision_activity (
    id              bigserial primary key,
    government_code varchar(40)  not null references unit (code),
    kind            varchar(20)  not null,
    held_on         date         not null,
    topic           varchar(300) not null,
    units           text         not null,
    attendees       int          not null,
    recorded_by     varchar(60)  not null
);
create index supervision_activity_year_idx on supervision_activity (government_code, held_on);
